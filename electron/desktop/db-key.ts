/// <reference types="electron" />
// Types only: this file must load under plain Node (tests), where importing 'electron' would try to download it.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export const KEY_FILE = 'rehabdesk.key';

/** The safeStorage calls the key needs; main.ts passes Electron's, tests a small node:crypto codec. */
export type KeyCodec = Pick<Electron.SafeStorage, 'encryptStringAsync' | 'decryptStringAsync'>;

/** What main.ts reads from safeStorage to judge whether the OS really protects the key. */
export type ProtectionProbe = Pick<Electron.SafeStorage, 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend'>;

export type KeyProtection = 'os' | 'unavailable' | 'weak';

/**
 * 'os' when the operating system protects the key (DPAPI on Windows, the keychain, or a Linux secret service);
 * 'weak' on Linux with the basic_text backend, whose "encryption" uses a password built into Chromium, so anyone
 * with the file reads the key; 'unavailable' when safeStorage cannot encrypt at all.
 */
export async function keyProtection(probe: ProtectionProbe, platform: NodeJS.Platform): Promise<KeyProtection> {
  if (!(await probe.isAsyncEncryptionAvailable())) return 'unavailable';
  if (platform === 'linux' && probe.getSelectedStorageBackend() === 'basic_text') return 'weak';
  return 'os';
}

export interface DesktopKey {
  key: string;
  /** True when this start created the key (first run, or first run of a version with encryption). */
  created: boolean;
}

export type KeyPlan =
  | { kind: 'use-key' }
  | { kind: 'refuse'; message: string }
  | { kind: 'unencrypted'; warning: string };

/**
 * What to do when safeStorage is not 'os'. A key stored under no real protection would be encryption in name only
 * (the key sits beside the file it opens), so none is created: a register that is not encrypted yet keeps running
 * unencrypted, with a warning at every start, rather than locking the facility out of its register on a Linux PC
 * without a keyring. A key or an encrypted register that already exists cannot be opened without the OS's help:
 * the app refuses to start and says why, deleting nothing.
 */
export function planKey(protection: KeyProtection, userData: string, registerMayBeEncrypted: boolean): KeyPlan {
  if (protection === 'os') return { kind: 'use-key' };
  const keyFile = path.join(userData, KEY_FILE);
  const why =
    protection === 'weak'
      ? 'hệ điều hành không có kho khóa (Linux đang dùng "basic_text": chưa cài hoặc chưa mở gnome-keyring/KWallet)'
      : 'hệ điều hành không cho dùng kho khóa (safeStorage không khả dụng)';
  if (existsSync(keyFile) || registerMayBeEncrypted) {
    return {
      kind: 'refuse',
      message:
        `Dữ liệu đã được mã hóa nhưng không mở được khóa, vì ${why}. Hãy đăng nhập đúng tài khoản đã dùng, mở ` +
        `kho khóa rồi khởi động lại RehabDesk. Không có gì bị xóa (khóa: ${keyFile}).`,
    };
  }
  return {
    kind: 'unencrypted',
    warning:
      `Dữ liệu KHÔNG được mã hóa, vì ${why}, nên không có chỗ an toàn để giữ khóa. RehabDesk vẫn chạy, nhưng ai ` +
      'chép được tệp dữ liệu là đọc được hồ sơ học viên. Hãy cài hoặc mở kho khóa rồi khởi động lại để mã hóa.',
  };
}

/**
 * Reads the register's key from userData/rehabdesk.key (encrypted by safeStorage), or creates one: 32 random bytes,
 * written to a .partial file and renamed, so a crash never leaves half a key that later starts would trust.
 */
export async function loadOrCreateKey(userData: string, codec: KeyCodec): Promise<DesktopKey> {
  const file = path.join(userData, KEY_FILE);
  if (existsSync(file)) {
    let key: string;
    try {
      key = (await codec.decryptStringAsync(readFileSync(file))).result;
    } catch (err) {
      throw new Error(
        `Không giải mã được khóa dữ liệu ${file} (${(err as Error).message}). Khóa chỉ mở được bằng đúng tài ` +
          'khoản hệ điều hành đã tạo nó; hãy đăng nhập bằng tài khoản đó. Không có gì bị xóa.',
        { cause: err },
      );
    }
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`Tệp khóa dữ liệu ${file} bị hỏng. Không có gì bị xóa.`);
    return { key, created: false };
  }
  const key = randomBytes(32).toString('hex');
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  writeFileSync(partial, await codec.encryptStringAsync(key), { mode: 0o600 });
  renameSync(partial, file);
  return { key, created: true };
}
