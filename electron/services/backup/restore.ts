import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenDatabase } from '../../../db/open';
import { AppError } from '../../../shared/errors';
import type { RegisterHandle } from '../../router/types';
import { auditDirect, stateOf, type Actor } from './jobs';
import { vnStamp } from './names';

const SIDE_FILES = ['', '-wal', '-shm'];

export interface RestorePlan {
  backupFile: string;
  /** Where the current file goes, beside the register, with a timestamped name. */
  asideFile: string;
  beforeRestore: string;
  /** The backup folder, for the copy openDatabase takes if the restored file needs migrating. */
  backupDir: string;
}

export function asidePath(dbFile: string, at: Date): string {
  const base = path.basename(dbFile, path.extname(dbFile));
  return path.join(path.dirname(dbFile), `${base}-replaced-${vnStamp(at)}${path.extname(dbFile)}`);
}

function reopen(register: RegisterHandle, file: string, key: string | null, backupDir: string): OpenDatabase {
  return openDatabase(file, {
    migrationsFolder: register.migrationsFolder,
    backupDir,
    ...(register.nativeBinding ? { nativeBinding: register.nativeBinding } : {}),
    ...(key ? { key } : {}),
  });
}

/**
 * Swaps the register for a checked backup, after the command that asked for it has committed: the copy is staged
 * beside the register first, then the current file (and its WAL) is moved aside and the copy renamed into place, so
 * the register's path is without a file only between two renames. It is reopened with the same key (migrations run),
 * served from then on, and every session ends. On any failure the original is put back and reopened.
 */
export function performRestore(register: RegisterHandle, plan: RestorePlan, actor: Actor, at: Date): void {
  const state = stateOf(register);
  const current = register.current;
  const { file, key } = current;
  const staged = `${file}.restoring`;
  state.restoring = true;
  try {
    try {
      copyFileSync(plan.backupFile, staged);
    } catch (err) {
      rmSync(staged, { force: true });
      throw new AppError('internal', `Không chép được tệp sao lưu vào thư mục dữ liệu (${(err as Error).message}). Sổ hiện tại giữ nguyên.`);
    }
    current.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    const moved: string[] = [];
    let opened: OpenDatabase | null = null;
    try {
      for (const suffix of SIDE_FILES) {
        if (!existsSync(file + suffix)) continue;
        renameSync(file + suffix, plan.asideFile + suffix);
        moved.push(suffix);
      }
      renameSync(staged, file);
      opened = reopen(register, file, key, plan.backupDir);
      register.replace(opened, true);
      auditDirect(
        register,
        actor,
        'backup.restore',
        {
          entity: 'backup',
          entityId: path.basename(plan.backupFile),
          after: { restoredFrom: plan.backupFile, keptAside: plan.asideFile, beforeRestore: plan.beforeRestore },
        },
        at,
      );
    } catch (err) {
      opened?.close();
      // Only once the original has left the path is what stands there the restored copy, safe to remove.
      if (moved.includes('')) for (const suffix of SIDE_FILES) rmSync(file + suffix, { force: true });
      for (const suffix of moved) renameSync(plan.asideFile + suffix, file + suffix);
      rmSync(staged, { force: true });
      const original = reopen(register, file, key, plan.backupDir);
      register.replace(original, false);
      const message = `Khôi phục không thành công (${err instanceof Error ? err.message : String(err)}); sổ hiện tại đã được giữ nguyên.`;
      auditDirect(register, actor, 'backup.restore', { entity: 'backup', entityId: path.basename(plan.backupFile), after: { ok: false }, reason: message }, at);
      throw new AppError('internal', message);
    }
  } finally {
    state.restoring = false;
  }
}
