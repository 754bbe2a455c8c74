import type Database from 'better-sqlite3';
import { stateOf } from '../../../electron/services/backup/jobs';
import { admission, openTestBackend, setupFacility, type TestBackend } from './test-backend';

export const KEY = '3f'.repeat(32);

/** A real back end on a fresh file, plain or encrypted with `key`, on the real clock unless the test gives one. */
export function openBackupBackend(options: { key?: string; now?: () => Date } = {}): TestBackend {
  return openTestBackend(undefined, { clock: options.now ?? (() => new Date()), ...(options.key ? { key: options.key } : {}) });
}

/** A facility with an administrator and two residents admitted. */
export function populated(t: TestBackend): { token: string; bedIds: number[] } {
  const { token, bedIds } = setupFacility(t);
  t.ok('admissions.admit', admission({ bedId: bedIds[0]! }), token);
  t.ok('admissions.admit', admission({ bedId: bedIds[1]!, fullName: 'Trần Văn Nam', citizenId: '079090005678' }), token);
  return { token, bedIds };
}

/** Waits for the running backup (if any) to finish, renamed, rotated and audited. */
export async function jobDone(t: TestBackend): Promise<void> {
  await stateOf(t.backend.register).job?.done;
}

/** Every row of every table (FTS and WITHOUT ROWID ones too), by table; rows sorted, as not all tables have a rowid. */
export function tablesOf(sqlite: Database.Database): Map<string, string[]> {
  const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const rows = (name: string) => (sqlite.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort();
  return new Map(names.map((name) => [name, rows(name)]));
}
