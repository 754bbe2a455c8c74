import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/contract';
import { messyRegister } from './import-workbooks';
import { openTestBackend, setupFacility, type TestBackend } from './test-backend';

/**
 * The router's async path, through the one async command there is (the import): its transaction is held across
 * awaits, so every other call must wait its turn rather than write into it or read it half done.
 */
let t: TestBackend;
let token: string;
beforeEach(() => {
  t = openTestBackend();
  ({ token } = setupFacility(t));
});
afterEach(() => t.close());

const dump = () => {
  const sqlite = t.backend.database.sqlite;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return tables.map((name) => [name, sqlite.prepare(`SELECT * FROM "${name}"`).raw().all()]);
};

async function prepared() {
  const opened = await t.backend.router.callAsync('import.open', await messyRegister(), token);
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const { uploadId, sheets } = opened.data as { uploadId: string; sheets: { name: string }[] };
  const sheet = sheets[0]!.name;
  const analysed = t.ok('import.analyse', { uploadId, sheet }, token);
  return { uploadId, sheet, dataStart: analysed.dataStart, mapping: analysed.mapping };
}

describe('async commands', () => {
  it('hold the register while they run: other calls get conflict, the progress is served, and all is normal after', async () => {
    const choice = await prepared();
    const running = t.backend.router.callAsync('import.run', { ...choice, mode: 'valid_only' }, token);
    const meanwhile = t.call('residents.list', {}, token);
    expect(meanwhile).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!meanwhile.ok && meanwhile.error.message).toMatch(/Đang nhập dữ liệu/);
    expect(t.call('import.progress', {}, token).ok).toBe(true);
    const done = await running;
    expect(done.ok).toBe(true);
    expect(t.call('residents.list', {}, token).ok).toBe(true);
  });

  it('roll back everything when they fail, and free the register', async () => {
    const choice = await prepared();
    const before = dump();
    // The messy register has rows with errors, so all-or-nothing refuses the file as a whole.
    const refused = await t.backend.router.callAsync('import.run', { ...choice, mode: 'all_or_nothing' }, token);
    expect(refused.ok).toBe(false);
    expect(dump()).toEqual(before);
    expect(t.call('residents.list', {}, token).ok).toBe(true);
  });

  it('are not served by the synchronous call, which has no way to wait for them', () => {
    const answer = t.call('import.open' satisfies MethodName, { fileName: 'a.xlsx', contentBase64: 'AAAA' }, token);
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
