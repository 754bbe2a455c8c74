import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Every plain SQLite file starts with these 16 bytes; an encrypted one starts with random-looking bytes. */
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Suffix of the working copy beside the register; a leftover from a crash is deleted at the next attempt. */
const COPY_SUFFIX = '.encrypting';

/** True when the file exists and is an unencrypted SQLite database. */
export function isPlainDatabase(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(PLAIN_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * True when the file could be an encrypted register: not plain, and a whole number of 512-byte pages, as every
 * SQLite file is (encrypted or not). Only the key can tell it from random bytes of that size.
 */
export function mayBeEncryptedDatabase(file: string): boolean {
  if (!existsSync(file)) return false;
  const { size } = statSync(file);
  return size > 0 && size % 512 === 0 && !isPlainDatabase(file);
}

/**
 * SQLCipher 4's format, so the file also opens in standard SQLCipher tools in an emergency. The key must come
 * before the first read; a wrong key shows only then, as SQLITE_NOTADB. A better-sqlite3 build without
 * SQLite3MultipleCiphers would ignore these pragmas silently and leave the file plain, so that is refused here.
 */
export function applyKey(sqlite: Database.Database, key: string, pragma: 'hexkey' | 'hexrekey' = 'hexkey'): void {
  if (!/^[0-9a-f]{64}$/i.test(key)) throw new Error('Khóa mã hóa phải gồm 64 chữ số thập lục phân.');
  const cipher = sqlite.pragma("cipher = 'sqlcipher'") as unknown[];
  if (cipher.length === 0) {
    throw new Error(
      'Bản better-sqlite3 đang dùng không hỗ trợ mã hóa (thiếu SQLite3MultipleCiphers). ' +
        'Hãy xóa thư mục build/native rồi chạy lại "npm start" để dựng lại.',
    );
  }
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`${pragma} = '${key}'`);
}

export interface EncryptOptions {
  nativeBinding?: string;
  /**
   * Called after each step with the working copy's path, before the next one starts. Tests use it to tamper with
   * the copy or to stop the migration midway, as a crash would.
   */
  onStep?: (step: 'copied' | 'verified' | 'backed-up', copyFile: string) => void;
}

export interface EncryptResult {
  /** The encrypted copy of the register written to the backup folder before the swap. */
  backupFile: string;
  /** Earlier plain backups in the backup folder, now encrypted with the same key. */
  encryptedBackups: string[];
  /** Plain backups that could not be encrypted (with why): they still hold the data readable. */
  plainBackupsLeft: string[];
}

function connect(file: string, options: EncryptOptions): Database.Database {
  return new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

type Counts = Record<string, number>;

/** Rows per table (FTS shadow tables and sqlite_sequence included): what the copy must match. */
function rowCounts(sqlite: Database.Database): Counts {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Counts = {};
  for (const t of tables) {
    counts[t] = sqlite.prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`).pluck().get() as number;
  }
  return counts;
}

function differences(expected: Counts, actual: Counts): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names
    .filter((n) => expected[n] !== actual[n])
    .map((n) => `${n}: ${expected[n] ?? 'không có'} → ${actual[n] ?? 'không có'}`);
}

function syncDir(dir: string): void {
  // Makes the rename itself durable on a power cut; Windows cannot open a folder this way and needs no such step.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes an encrypted, verified copy of `source` beside it and returns it still open (with the key). The
 * original is only read; on any failure the copy is deleted and the error says the original is untouched.
 */
function verifiedEncryptedCopy(
  source: string,
  key: string,
  options: EncryptOptions,
): { copyFile: string; copy: Database.Database } {
  const copyFile = source + COPY_SUFFIX;
  removeWithSidecars(copyFile);
  const plain = connect(source, options);
  let expected: Counts;
  try {
    // Folds the WAL into the file, so closing removes the -wal and none is left to outlive the swap.
    plain.pragma('wal_checkpoint(TRUNCATE)');
    expected = rowCounts(plain);
    plain.prepare('VACUUM INTO ?').run(copyFile);
  } finally {
    plain.close();
  }
  let copy: Database.Database | null = null;
  try {
    const rekey = connect(copyFile, options);
    try {
      // PRAGMA rekey is refused in WAL mode.
      rekey.pragma('journal_mode = DELETE');
      applyKey(rekey, key, 'hexrekey');
      rekey.pragma('journal_mode = WAL');
    } finally {
      rekey.close();
    }
    options.onStep?.('copied', copyFile);

    if (isPlainDatabase(copyFile)) throw new Error('bản sao vẫn chưa được mã hóa');
    copy = connect(copyFile, options);
    applyKey(copy, key);
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`bản sao không qua kiểm tra toàn vẹn (${String(integrity)})`);
    const diff = differences(expected, rowCounts(copy));
    if (diff.length > 0) throw new Error(`số dòng của bản sao khác bản gốc (${diff.join('; ')})`);
    options.onStep?.('verified', copyFile);
    return { copyFile, copy };
  } catch (err) {
    copy?.close();
    removeWithSidecars(copyFile);
    throw new Error(
      `Không mã hóa được ${path.basename(source)}: ${(err as Error).message}. Tệp gốc chưa bị thay đổi.`,
      { cause: err },
    );
  }
}

/** Replaces `target` by the closed, verified copy in one rename; neither may have a WAL still to be merged. */
function swapInto(copyFile: string, target: string): void {
  for (const wal of [copyFile + '-wal', target + '-wal']) {
    if (existsSync(wal) && statSync(wal).size > 0) {
      throw new Error(`Còn nhật ký ghi chưa gộp (${wal}); tệp gốc chưa bị thay đổi.`);
    }
  }
  renameSync(copyFile, target);
  syncDir(path.dirname(target));
  rmSync(target + '-wal', { force: true });
  rmSync(target + '-shm', { force: true });
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Plain SQLite files in the backup folder (earlier pre-migration copies): they would keep the data readable. */
function plainBackups(backupDir: string): string[] {
  if (!existsSync(backupDir)) return [];
  return readdirSync(backupDir)
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => path.join(backupDir, name))
    .filter((file) => statSync(file).isFile() && isPlainDatabase(file));
}

/**
 * The one-time migration of a plain register to an encrypted one. Does nothing (returns null) unless `file` is a
 * plain database. Order, so that a crash at any point leaves either the plain original or the verified encrypted
 * file in place: an encrypted copy is made beside the register (VACUUM INTO, then PRAGMA rekey) and verified (opens
 * with the key, integrity_check ok, the same row count in every table); an encrypted backup of it is written to
 * `backupDir` (as .partial, then renamed); only then one rename swaps it over the original. Earlier plain backups
 * in `backupDir` are then encrypted the same way (copy, verify, rename), as a plain backup would defeat the
 * purpose; one that fails is left as it was and listed. Note: the plain bytes may survive in free disk space
 * until overwritten; no file system here offers a reliable wipe.
 */
export function encryptRegister(file: string, key: string, backupDir: string, options: EncryptOptions = {}): EncryptResult | null {
  if (!isPlainDatabase(file)) return null;
  const { copyFile, copy } = verifiedEncryptedCopy(file, key, options);
  let backupFile: string;
  try {
    backupFile = path.join(backupDir, `${path.basename(file, path.extname(file))}-before-encryption-${timestamp()}.sqlite`);
    mkdirSync(backupDir, { recursive: true });
    const partial = `${backupFile}.partial`;
    rmSync(partial, { force: true });
    // VACUUM INTO from an encrypted connection writes a file encrypted with the same key.
    copy.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, backupFile);
    options.onStep?.('backed-up', copyFile);
  } catch (err) {
    copy.close();
    removeWithSidecars(copyFile);
    throw new Error(`Không ghi được bản sao lưu trước khi mã hóa: ${(err as Error).message}. Tệp gốc chưa bị thay đổi.`, {
      cause: err,
    });
  }
  copy.close();
  swapInto(copyFile, file);

  const encryptedBackups: string[] = [];
  const plainBackupsLeft: string[] = [];
  const plainOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  for (const plain of plainBackups(backupDir)) {
    try {
      const encrypted = verifiedEncryptedCopy(plain, key, plainOptions);
      encrypted.copy.close();
      swapInto(encrypted.copyFile, plain);
      encryptedBackups.push(plain);
    } catch (err) {
      plainBackupsLeft.push(`${plain} (${(err as Error).message})`);
    }
  }
  return { backupFile, encryptedBackups, plainBackupsLeft };
}
