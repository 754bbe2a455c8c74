import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { DatabaseOpenError } from '../../../db/open-errors';
import { sourceMigrationsFolder } from '../../../db/paths';
import { chooseWebKey, createKeyFile, keyFromPassphrase, readKeyFile, SALT_FILE } from '../../../electron/web/key-source';

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-key-'));
  temps.push(d);
  return d;
}
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const PASSPHRASE = 'mật khẩu cơ sở số 1';

describe('the web host key source (electron/web/key-source.ts)', () => {
  it('creates a key file readable by its owner only, and never overwrites one', () => {
    const file = path.join(tempDir(), 'rehabdesk.key');
    const key = createKeyFile(file);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readKeyFile(file)).toBe(key);

    expect(() => createKeyFile(file)).toThrow(/Đã có tệp .*không ghi đè tệp khóa/);
    expect(readKeyFile(file)).toBe(key);
  });

  it('refuses a key file that does not hold 64 hex digits', () => {
    const file = path.join(tempDir(), 'bad.key');
    for (const content of ['', 'abc', `${'g'.repeat(64)}\n`, '00'.repeat(33)]) {
      writeFileSync(file, content);
      expect(() => readKeyFile(file)).toThrow(/không hợp lệ: phải chứa đúng 64 chữ số thập lục phân/);
    }
    expect(() => readKeyFile(path.join(tempDir(), 'none.key'))).toThrow(/Không đọc được tệp khóa .*ENOENT/);
  });

  it('derives the same key from the same passphrase and salt, a different one otherwise, and that one fails clearly', () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'rehabdesk.sqlite');
    const key = keyFromPassphrase(PASSPHRASE, dbFile);
    expect(existsSync(path.join(dir, SALT_FILE))).toBe(true);
    expect(keyFromPassphrase(PASSPHRASE, dbFile)).toBe(key);
    const other = keyFromPassphrase('một mật khẩu khác hẳn', dbFile);
    expect(other).not.toBe(key);

    // Same passphrase, another folder (so another salt): another key.
    expect(keyFromPassphrase(PASSPHRASE, path.join(tempDir(), 'rehabdesk.sqlite'))).not.toBe(key);

    openDatabase(dbFile, { migrationsFolder: sourceMigrationsFolder, key }).close();
    let err: unknown;
    try {
      openDatabase(dbFile, { migrationsFolder: sourceMigrationsFolder, key: other }).close();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DatabaseOpenError);
    expect((err as Error).message).toMatch(/khóa mã hóa không đúng/);
  }, 30_000);

  it('refuses a short passphrase, and a missing salt for a register already encrypted', () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'rehabdesk.sqlite');
    expect(() => keyFromPassphrase('ngắn', dbFile)).toThrow(/ít nhất 12 ký tự/);

    const key = keyFromPassphrase(PASSPHRASE, dbFile);
    openDatabase(dbFile, { migrationsFolder: sourceMigrationsFolder, key }).close();
    const salt = readFileSync(path.join(dir, SALT_FILE), 'utf8');
    rmSync(path.join(dir, SALT_FILE));
    expect(() => keyFromPassphrase(PASSPHRASE, dbFile)).toThrow(/thiếu tệp .*rehabdesk\.salt/);
    expect(existsSync(path.join(dir, SALT_FILE))).toBe(false);
    writeFileSync(path.join(dir, SALT_FILE), salt);
    expect(keyFromPassphrase(PASSPHRASE, dbFile)).toBe(key);
  }, 30_000);

  it('with no key: an encrypted register is refused naming the flag, a plain one runs with a warning', () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'rehabdesk.sqlite');
    const none = chooseWebKey({ dbFile });
    expect(none.key).toBeNull();
    expect(none.notice).toMatch(/^CẢNH BÁO: dữ liệu KHÔNG được mã hóa/);

    openDatabase(dbFile, { migrationsFolder: sourceMigrationsFolder }).close();
    expect(chooseWebKey({ dbFile }).key).toBeNull();

    const keyFile = path.join(dir, 'k.key');
    const created = chooseWebKey({ dbFile, newKeyFile: keyFile });
    openDatabase(dbFile, { migrationsFolder: sourceMigrationsFolder, key: created.key! }).close();
    expect(() => chooseWebKey({ dbFile })).toThrow(/đã được mã hóa: hãy chạy với --key-file PATH .*REHABDESK_PASSPHRASE/);
    expect(chooseWebKey({ dbFile, keyFile }).key).toBe(created.key);
    // A new key cannot open a register encrypted with another; refused before any file is written.
    expect(() => chooseWebKey({ dbFile, newKeyFile: path.join(dir, 'k2.key') })).toThrow(/đã được mã hóa bằng một khóa khác/);
    expect(existsSync(path.join(dir, 'k2.key'))).toBe(false);
    expect(() => chooseWebKey({ dbFile, keyFile, passphrase: PASSPHRASE })).toThrow(/Chỉ dùng một nguồn khóa/);
  });
});
