import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes, scryptSync } from 'node:crypto';
import path from 'node:path';
import { mayBeEncryptedDatabase } from '../../db/encryption';

/** The environment variable holding the web host's passphrase (never a command-line flag: `ps` shows those). */
export const PASSPHRASE_ENV = 'REHABDESK_PASSPHRASE';
export const SALT_FILE = 'rehabdesk.salt';
export const MIN_PASSPHRASE_LENGTH = 12;

/**
 * scrypt cost: N = 2^17, r = 8, p = 1 (OWASP's recommendation for scrypt): 128 MiB and a fraction of a second per
 * start, which makes guessing a passphrase against a stolen file slow. maxmem must exceed 128·N·r bytes.
 */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 } as const;

export interface KeyRequest {
  /** --key-file: a file holding the 64-hex key. */
  keyFile?: string | undefined;
  /** --new-key-file: create that file with a fresh random key, then use it. */
  newKeyFile?: string | undefined;
  /** The value of REHABDESK_PASSPHRASE, if set. */
  passphrase?: string | undefined;
  dbFile: string;
}

export interface KeyChoice {
  /** 64 hex digits, or null: the register stays (or is created) unencrypted. */
  key: string | null;
  /** What to print at start: where the key came from, or the warning that the register is not encrypted. */
  notice: string;
}

/** A start-up refusal whose message is shown as is. */
export class KeySourceError extends Error {
  override name = 'KeySourceError';
}

const HEX_KEY = /^[0-9a-f]{64}$/i;

/** The key in a key file: 64 hex digits, surrounding whitespace allowed. */
export function readKeyFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new KeySourceError(`Không đọc được tệp khóa ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}.`);
  }
  const key = text.trim();
  if (!HEX_KEY.test(key)) {
    throw new KeySourceError(
      `Tệp khóa ${file} không hợp lệ: phải chứa đúng 64 chữ số thập lục phân (0-9, a-f), ví dụ tệp do --new-key-file tạo.`,
    );
  }
  return key.toLowerCase();
}

/** Writes a fresh random key readable by its owner only; an existing file is never overwritten. */
export function createKeyFile(file: string): string {
  const key = randomBytes(32).toString('hex');
  try {
    writeFileSync(file, `${key}\n`, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new KeySourceError(
      code === 'EEXIST'
        ? `Đã có tệp ${file}; không ghi đè tệp khóa (mất khóa là mất dữ liệu). Dùng --key-file ${file} để mở bằng nó.`
        : `Không tạo được tệp khóa ${file}: ${code ?? String(err)}.`,
    );
  }
  // The umask could have taken bits away, never added them; chmod makes 0600 certain.
  chmodSync(file, 0o600);
  return key;
}

/**
 * The key from a passphrase: scrypt with a random salt kept in rehabdesk.salt beside the database. The salt is
 * created only for a register that is not encrypted yet; for an encrypted one, a missing salt is an error, since a
 * new salt would give a different key.
 */
export function keyFromPassphrase(passphrase: string, dbFile: string): string {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new KeySourceError(`${PASSPHRASE_ENV} phải dài ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự.`);
  }
  const saltFile = path.join(path.dirname(dbFile), SALT_FILE);
  let salt: Buffer;
  if (existsSync(saltFile)) {
    salt = Buffer.from(readFileSync(saltFile, 'utf8').trim(), 'hex');
    if (salt.length < 16) throw new KeySourceError(`Tệp ${saltFile} không hợp lệ (phải chứa ít nhất 16 byte dạng hex).`);
  } else {
    if (mayBeEncryptedDatabase(dbFile)) {
      throw new KeySourceError(
        `Dữ liệu đã được mã hóa nhưng thiếu tệp ${saltFile}; không có nó thì mật khẩu không mở được dữ liệu. ` +
          'Hãy chép lại tệp này từ bản sao lưu của thư mục dữ liệu.',
      );
    }
    salt = randomBytes(16);
    try {
      mkdirSync(path.dirname(saltFile), { recursive: true });
      writeFileSync(saltFile, `${salt.toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    } catch (err) {
      throw new KeySourceError(`Không tạo được tệp ${saltFile} (${(err as NodeJS.ErrnoException).code ?? String(err)}); thư mục dữ liệu có ghi được không?`);
    }
  }
  return scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT).toString('hex');
}

/** Decides the web host's key from its flags and environment, or refuses to start with a message saying why. */
export function chooseWebKey(request: KeyRequest): KeyChoice {
  const sources = [request.keyFile, request.newKeyFile, request.passphrase].filter((s) => s !== undefined);
  if (sources.length > 1) {
    throw new KeySourceError(`Chỉ dùng một nguồn khóa: --key-file, --new-key-file hoặc biến môi trường ${PASSPHRASE_ENV}.`);
  }
  if (request.keyFile !== undefined) {
    return { key: readKeyFile(request.keyFile), notice: `Dữ liệu được mã hóa bằng khóa trong ${request.keyFile}.` };
  }
  if (request.newKeyFile !== undefined) {
    if (mayBeEncryptedDatabase(request.dbFile)) {
      throw new KeySourceError(
        `Dữ liệu ${request.dbFile} đã được mã hóa bằng một khóa khác; khóa mới sẽ không mở được nó. Dùng --key-file với khóa cũ.`,
      );
    }
    const key = createKeyFile(request.newKeyFile);
    return {
      key,
      notice:
        `Đã tạo khóa mới trong ${request.newKeyFile} (chỉ chủ tệp đọc được). Hãy cất một bản sao của tệp này ở nơi an ` +
        'toàn: mất khóa là mất dữ liệu và mọi bản sao lưu. Lần sau chạy với --key-file.',
    };
  }
  if (request.passphrase !== undefined) {
    return { key: keyFromPassphrase(request.passphrase, request.dbFile), notice: `Dữ liệu được mã hóa bằng mật khẩu trong ${PASSPHRASE_ENV}.` };
  }
  if (mayBeEncryptedDatabase(request.dbFile)) {
    throw new KeySourceError(
      `Dữ liệu ${request.dbFile} đã được mã hóa: hãy chạy với --key-file PATH (tệp khóa) hoặc đặt biến môi trường ` +
        `${PASSPHRASE_ENV} (mật khẩu đã dùng khi mã hóa).`,
    );
  }
  return {
    key: null,
    notice:
      'CẢNH BÁO: dữ liệu KHÔNG được mã hóa; ai chép được tệp là đọc được hồ sơ học viên. Để mã hóa, chạy với ' +
      `--new-key-file PATH (hoặc --key-file PATH, hoặc đặt ${PASSPHRASE_ENV}).`,
  };
}
