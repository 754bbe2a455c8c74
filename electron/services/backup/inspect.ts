import { statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { applyKey } from '../../../db/open';
import type { BackupPreview } from '../../../shared/contract/backup';
import { AppError } from '../../../shared/errors';
import type { RegisterHandle } from '../../router/types';
import { parseBackupName } from './names';

const unreadable =
  'Tệp sao lưu bị hỏng hoặc không đọc được: không phải tệp dữ liệu RehabDesk, đã bị cắt cụt/ghi đè, hoặc được mã hóa ' +
  'bằng khóa khác với sổ đang dùng. Không khôi phục từ tệp này; hãy chọn bản sao lưu khác.';

function one(sqlite: Database.Database, sql: string): number {
  return (sqlite.prepare(sql).get() as { n: number }).n;
}

/** The backup named by a path the user chose: an existing file that is not the register itself. */
export function backupPathOf(register: RegisterHandle, file: string): string {
  const resolved = path.resolve(file);
  if (!path.isAbsolute(file)) throw new AppError('invalid_input', 'Tệp sao lưu: cần đường dẫn đầy đủ.', { field: 'file' });
  if (resolved === path.resolve(register.current.file)) {
    throw new AppError('invalid_input', 'Đây là tệp dữ liệu đang dùng, không phải một bản sao lưu.', { field: 'file' });
  }
  try {
    if (statSync(resolved).isFile()) return resolved;
  } catch {
    // Reported below.
  }
  throw new AppError('invalid_input', `Không tìm thấy tệp sao lưu "${file}".`, { field: 'file' });
}

/**
 * Opens a backup read-only with the register's key and checks it end to end (`PRAGMA integrity_check`) before
 * reading a preview: facility, counts, newest audit row, and its schema against the app's migrations.
 */
export function inspectBackup(register: RegisterHandle, file: string): BackupPreview {
  const resolved = backupPathOf(register, file);
  const { key } = register.current;
  const nativeBinding = register.nativeBinding;
  let sqlite: Database.Database;
  try {
    sqlite = new Database(resolved, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch {
    throw new AppError('rule_violation', unreadable, { field: 'file' });
  }
  try {
    if (key) applyKey(sqlite, key);
    const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
      const first = integrity.slice(0, 3).map((r) => r.integrity_check).join('; ');
      throw new AppError('rule_violation', `Tệp sao lưu bị hỏng (kiểm tra toàn vẹn: ${first}). Không khôi phục từ tệp này.`, { field: 'file' });
    }
    const tables = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    if (!['facility', 'stays', 'users', 'audit_log', '__drizzle_migrations'].every((t) => tables.has(t))) {
      throw new AppError('rule_violation', 'Tệp này không phải bản sao lưu sổ RehabDesk.', { field: 'file' });
    }
    const facility = sqlite.prepare('SELECT name FROM facility WHERE id = 1').get() as { name: string } | undefined;
    const lastAudit = sqlite.prepare('SELECT at FROM audit_log ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined;
    const applied = sqlite.prepare('SELECT count(*) AS n, max(created_at) AS last FROM __drizzle_migrations').get() as { n: number; last: number | null };
    const migrations = readMigrationFiles({ migrationsFolder: register.migrationsFolder });
    const newest = Math.max(...migrations.map((m) => m.folderMillis));
    const last = applied.last ?? 0;
    const stat = statSync(resolved);
    return {
      file: resolved,
      name: path.basename(resolved),
      bytes: stat.size,
      takenAt: (parseBackupName(path.basename(resolved))?.takenAt ?? stat.mtime).toISOString(),
      integrity: 'ok',
      facilityName: facility?.name ?? null,
      counts: {
        residents: one(sqlite, 'SELECT count(DISTINCT person_id) AS n FROM stays'),
        stays: one(sqlite, 'SELECT count(*) AS n FROM stays'),
        present: one(sqlite, "SELECT count(*) AS n FROM stays WHERE state = 'present'"),
        users: one(sqlite, 'SELECT count(*) AS n FROM users'),
      },
      lastAuditAt: lastAudit?.at ?? null,
      schema: { backup: applied.n, app: migrations.length, status: last > newest ? 'newer' : last === newest ? 'same' : 'older' },
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('rule_violation', unreadable, { field: 'file' });
  } finally {
    sqlite.close();
  }
}
