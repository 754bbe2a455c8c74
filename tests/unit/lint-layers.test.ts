import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering rule keeps Node and Electron out of the renderer and the shared contract, and keeps 'electron' out of
 * everything that runs under plain Node. Files here are virtual: lintText is given a path, nothing is written.
 * Every case mixes an allowed import with a forbidden one, so it fails both if the rule is removed (nothing
 * flagged) and if it is too eager (the allowed line flagged too).
 */
const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** The import lines the layering rule reports for a virtual file made of `lines`. */
async function flagged(file: string, lines: string[]): Promise<string[]> {
  const [result] = await eslint.lintText(`${lines.join('\n')}\n`, { filePath: path.join(repoRoot, file) });
  if (!result) throw new Error('ESLint returned no result');
  // A parse error or an ignored path has no ruleId: the case would prove nothing.
  const unusable = result.messages.filter((m) => m.ruleId === null);
  if (unusable.length > 0) throw new Error(`${file}: ${unusable.map((m) => m.message).join('; ')}`);
  return result.messages.filter((m) => m.ruleId === 'rehabdesk/layers').map((m) => lines[m.line - 1] ?? '');
}

describe('layering rule', () => {
  it('lets the renderer import only shared/, never electron/, Node built-ins or the electron package', async () => {
    const ok = "import { contract } from '../../../shared/contract';";
    const toRouter = "import { createRouter } from '../../../electron/router/router';";
    const typeOnly = "import type { AppDb } from '../../../db/open';";
    const fs = "import { readFileSync } from 'node:fs';";
    const bareNode = "import path from 'path';";
    const electron = "import { ipcRenderer } from 'electron';";
    const file = 'renderer/features/admission/AdmitForm.tsx';
    expect(await flagged(file, [ok, toRouter, typeOnly, fs, bareNode, electron])).toEqual([
      toRouter,
      typeOnly,
      fs,
      bareNode,
      electron,
    ]);
  });

  it('keeps shared/ free of anything outside itself and of Node built-ins', async () => {
    const ok = "import { AppError } from '../errors';";
    const toDb = "import { persons } from '../../db/schema';";
    const crypto = "import { randomBytes } from 'node:crypto';";
    expect(await flagged('shared/domain/example.ts', [ok, toDb, crypto])).toEqual([toDb, crypto]);
  });

  it('lets db/ import shared/ but not electron/ or renderer/', async () => {
    const ok = "import { foldForSearch } from '../../shared/domain/names';";
    const toElectron = "import { hashPassword } from '../../electron/services/auth/password';";
    const toRenderer = "import { App } from '../../renderer/App';";
    expect(await flagged('db/schema/example.ts', [ok, toElectron, toRenderer])).toEqual([toElectron, toRenderer]);
  });

  it('lets the demo generator reuse electron/services helpers but nothing else of electron/', async () => {
    const ok = "import { hashPassword } from '../../electron/services/auth/password';";
    const toMain = "import '../../electron/main';";
    expect(await flagged('db/demo/accounts.ts', [ok, toMain])).toEqual([toMain]);
  });

  it("refuses 'electron' in a service, which must run under plain Node", async () => {
    const ok = "import { AppError } from '../../../shared/errors';";
    const electron = "import { app } from 'electron';";
    expect(await flagged('electron/services/backup/handlers.ts', [ok, electron])).toEqual([electron]);
  });

  it("allows 'electron' in main.ts, preload.ts and ipc.ts only", async () => {
    const electron = "import { app } from 'electron';";
    const sub = "import { contextBridge } from 'electron/renderer';";
    expect(await flagged('electron/main.ts', [electron])).toEqual([]);
    expect(await flagged('electron/preload.ts', [sub])).toEqual([]);
    expect(await flagged('electron/ipc.ts', [electron])).toEqual([]);
    expect(await flagged('electron/backend.ts', [electron])).toEqual([electron]);
    expect(await flagged('tests/electron/smoke.spec.ts', [electron])).toEqual([electron]);
  });
});
