import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mayBeEncryptedDatabase } from '../../../db/encryption';
import { openDatabase } from '../../../db/open';
import { sourceMigrationsFolder } from '../../../db/paths';
import { KEY_FILE, keyProtection, loadOrCreateKey, planKey, type KeyCodec } from '../../../electron/desktop/db-key';

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-dbkey-'));
  temps.push(d);
  return d;
}
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A real codec standing in for safeStorage: AES-256-GCM under a secret that only this "OS account" holds. */
function codec(secret = randomBytes(32)): KeyCodec {
  return {
    async encryptStringAsync(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decryptStringAsync(data) {
      const decipher = createDecipheriv('aes-256-gcm', secret, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return { shouldReEncrypt: false, result: Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8') };
    },
  };
}

describe('the desktop register key (electron/desktop/db-key.ts)', () => {
  it('creates a random key on first run, stores it only encrypted, and reads the same key back', async () => {
    const userData = tempDir();
    const os1 = codec();
    const first = await loadOrCreateKey(userData, os1);
    expect(first.created).toBe(true);
    expect(first.key).toMatch(/^[0-9a-f]{64}$/);
    const stored = readFileSync(path.join(userData, KEY_FILE));
    expect(stored.toString('latin1')).not.toContain(first.key);
    if (process.platform !== 'win32') expect(statSync(path.join(userData, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(existsSync(path.join(userData, `${KEY_FILE}.partial`))).toBe(false);

    const second = await loadOrCreateKey(userData, os1);
    expect(second).toEqual({ key: first.key, created: false });
    expect(await loadOrCreateKey(tempDir(), os1)).not.toEqual(expect.objectContaining({ key: first.key }));
  });

  it('the key opens the register it encrypted; another OS account cannot read the key', async () => {
    const userData = tempDir();
    const dbFile = path.join(userData, 'rehabdesk.sqlite');
    openDatabase(dbFile, { migrationsFolder: sourceMigrationsFolder }).close();
    const { key } = await loadOrCreateKey(userData, codec(Buffer.alloc(32, 7)));
    const migrated = openDatabase(dbFile, { migrationsFolder: sourceMigrationsFolder, key });
    expect(migrated.encryption).not.toBeNull();
    migrated.close();
    expect(mayBeEncryptedDatabase(dbFile)).toBe(true);

    const again = await loadOrCreateKey(userData, codec(Buffer.alloc(32, 7)));
    openDatabase(dbFile, { migrationsFolder: sourceMigrationsFolder, key: again.key }).close();

    const before = readFileSync(path.join(userData, KEY_FILE));
    await expect(loadOrCreateKey(userData, codec())).rejects.toThrow(/Không giải mã được khóa dữ liệu .*Không có gì bị xóa/);
    expect(readFileSync(path.join(userData, KEY_FILE)).equals(before)).toBe(true);
  });

  it('judges the protection: none, Linux basic_text (weak), or the OS keystore', async () => {
    const probe = (available: boolean, backend: ReturnType<Electron.SafeStorage['getSelectedStorageBackend']>) => ({
      isAsyncEncryptionAvailable: async () => available,
      getSelectedStorageBackend: () => backend,
    });
    expect(await keyProtection(probe(false, 'gnome_libsecret'), 'linux')).toBe('unavailable');
    expect(await keyProtection(probe(true, 'basic_text'), 'linux')).toBe('weak');
    expect(await keyProtection(probe(true, 'gnome_libsecret'), 'linux')).toBe('os');
    expect(await keyProtection(probe(true, 'unknown'), 'win32')).toBe('os');
  });

  it('without real protection: no key is created; a plain register runs with a warning, an encrypted one is refused', async () => {
    const userData = tempDir();
    expect(planKey('os', userData, false)).toEqual({ kind: 'use-key' });
    const weak = planKey('weak', userData, false);
    expect(weak.kind).toBe('unencrypted');
    expect(weak.kind === 'unencrypted' && weak.warning).toMatch(/^Dữ liệu KHÔNG được mã hóa, vì .*basic_text/);
    expect(existsSync(path.join(userData, KEY_FILE))).toBe(false);

    expect(planKey('unavailable', userData, true)).toEqual({ kind: 'refuse', message: expect.stringMatching(/không mở được khóa.*Không có gì bị xóa/) });
    await loadOrCreateKey(userData, codec());
    expect(planKey('weak', userData, false).kind).toBe('refuse');
  });
});
