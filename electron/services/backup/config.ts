import { randomBytes } from 'node:crypto';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupConfig } from '../../../shared/contract/backup';

const KEY = 'backup.config';

export function defaultFolder(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'backups');
}

/** The saved settings, or the defaults: a `backups` folder beside the register, 14 daily and 12 monthly copies. */
export function readConfig(sqlite: Database.Database, dbFile: string): BackupConfig {
  const row = sqlite.prepare('SELECT value_json FROM settings WHERE key = ?').get(KEY) as { value_json: string } | undefined;
  const defaults: BackupConfig = { folder: defaultFolder(dbFile), keepDaily: 14, keepMonthly: 12 };
  return row ? { ...defaults, ...(JSON.parse(row.value_json) as Partial<BackupConfig>) } : defaults;
}

export function saveConfig(sqlite: Database.Database, config: BackupConfig, at: string, userId: number | null): void {
  sqlite
    .prepare(
      `INSERT INTO settings (key, value_json, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .run(KEY, JSON.stringify(config), at, userId);
}

/**
 * Why a copy cannot be written to the folder now, in words the administrator can act on; null when it can.
 * Writing and removing a probe file is the only check that catches a read-only USB drive or missing rights.
 */
export function folderProblem(folder: string): string | null {
  if (!path.isAbsolute(folder)) return `Thư mục sao lưu phải là đường dẫn đầy đủ (ví dụ E:\\SaoLuu hoặc /media/usb/saoluu), không phải "${folder}".`;
  try {
    if (!statSync(folder).isDirectory()) return `"${folder}" là một tệp, không phải thư mục.`;
  } catch {
    return `Không tìm thấy thư mục "${folder}". Kiểm tra ổ đĩa hoặc USB đã cắm chưa, hoặc tạo thư mục trước.`;
  }
  const probe = path.join(folder, `.rehabdesk-probe-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(probe, 'rehabdesk');
    rmSync(probe);
    return null;
  } catch {
    return `Không ghi được vào thư mục "${folder}" (chỉ đọc, hết dung lượng hoặc không có quyền ghi). Chọn thư mục khác hoặc nhờ cấp quyền ghi.`;
  }
}
