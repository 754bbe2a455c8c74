import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderApiDocs } from './api-docs-render';

/** `npm run docs:api` rewrites docs/API.md from the contract; `-- --check` only exits 1 when it is stale. */
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/API.md');
const fresh = renderApiDocs();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is simply stale.
  }
  if (current !== fresh) {
    console.error('docs/API.md is out of date with shared/contract: run `npm run docs:api`.');
    process.exit(1);
  }
  console.log('docs/API.md is up to date.');
} else {
  writeFileSync(target, fresh);
  console.log(`Wrote ${path.relative(process.cwd(), target)}.`);
}
