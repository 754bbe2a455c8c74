import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { sourceMigrationsFolder } from '../../../db/paths';

const root = path.resolve(sourceMigrationsFolder, '../..');
const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-db-'));
  temps.push(d);
  return d;
}
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the migrations folder holding only the first `n` migrations, as an older app version had. */
function olderMigrations(n: number): string {
  const dir = path.join(tempDir(), 'migrations');
  cpSync(sourceMigrationsFolder, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, n);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe('migrations', () => {
  it('the committed migrations match the drizzle schema (drizzle-kit finds nothing to generate)', () => {
    const out = path.join(tempDir(), 'migrations');
    cpSync(sourceMigrationsFolder, out, { recursive: true });
    const before = readdirSync(out).sort();
    const log = execFileSync(
      path.join(root, 'node_modules/.bin/drizzle-kit'),
      // drizzle-kit prefixes './' to --out, so it must be relative to the project root.
      ['generate', '--dialect', 'sqlite', '--schema', './db/schema/index.ts', '--out', path.relative(root, out)],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(readdirSync(out).sort(), `schema changed without a migration: run npm run db:generate\n${log}`).toEqual(before);
    expect(log).toMatch(/No schema changes/);
  }, 60_000);

  it('backs the register up before migrating it, and the backup holds the data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'rehabdesk.sqlite');
    const old = openDatabase(file, { migrationsFolder: olderMigrations(1) });
    old.sqlite.prepare("INSERT INTO areas (code, name, purpose, sex) VALUES ('A', 'Khu A', 'compulsory', 'male')").run();
    old.close();

    const upgraded = openDatabase(file, { migrationsFolder: sourceMigrationsFolder });
    expect(upgraded.backupFile).toMatch(/backups\/rehabdesk-before-migration-.*\.sqlite$/);
    const legalRows = (upgraded.sqlite.prepare('SELECT count(*) AS n FROM legal_parameters').get() as { n: number }).n;
    expect(legalRows).toBeGreaterThan(10);
    upgraded.close();

    const backup = new Database(upgraded.backupFile!, { readonly: true });
    expect(backup.prepare('SELECT code FROM areas').all()).toEqual([{ code: 'A' }]);
    backup.close();
    // Opening again: nothing to migrate, so no new backup.
    const again = openDatabase(file, { migrationsFolder: sourceMigrationsFolder });
    expect(again.backupFile).toBeNull();
    again.close();
  });

  it('refuses a register written by a newer version instead of running an old schema on it', () => {
    const file = path.join(tempDir(), 'rehabdesk.sqlite');
    openDatabase(file, { migrationsFolder: sourceMigrationsFolder }).close();
    expect(() => openDatabase(file, { migrationsFolder: olderMigrations(1) })).toThrow(/phiên bản RehabDesk mới hơn/);
  });

  it('opens with WAL, foreign keys and a busy timeout', () => {
    const db = openDatabase(path.join(tempDir(), 'r.sqlite'), { migrationsFolder: sourceMigrationsFolder });
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });
});
