import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from '../../build/scripts/api-docs-render';
import { methodNames } from '../../shared/contract';
import { errorCodes } from '../../shared/errors';

/** docs/API.md is the public description of the web host; it must say what the contract says, not what it said. */
const docsFile = path.resolve(fileURLToPath(import.meta.url), '../../../docs/API.md');

describe('docs/API.md', () => {
  it('matches the contract (if not: run `npm run docs:api`)', () => {
    const committed = readFileSync(docsFile, 'utf8').replace(/\r\n/g, '\n'); // a Windows checkout may add CR
    expect(committed === renderApiDocs(), 'docs/API.md is stale: run `npm run docs:api` and commit it').toBe(true);
  });

  it('documents every method and every error code', () => {
    const docs = renderApiDocs();
    for (const name of methodNames) expect(docs).toContain(`### ${name}\n`);
    for (const code of errorCodes) expect(docs).toContain(`| \`${code}\` |`);
  });
});
