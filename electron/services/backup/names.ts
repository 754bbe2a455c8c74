import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupKinds, type BackupFileView, type BackupKind } from '../../../shared/contract/backup';

// File names carry Vietnam's wall-clock time (UTC+7 all year, no daylight saving), as the staff read it.
const VN_OFFSET_MS = 7 * 3600_000;

const ours = new RegExp(`^rehabdesk-(${backupKinds.join('|')})-(\\d{4})-(\\d{2})-(\\d{2})_(\\d{2})(\\d{2})(\\d{2})(?:-\\d+)?\\.sqlite$`);
// The copy db/open.ts writes before a migration: <db name>-before-migration-<ISO instant with dashes>.sqlite.
const beforeMigration = /^.+-before-migration-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

/** A file being written: renamed to its final name only once complete, so it is never listed as a backup. */
export const PARTIAL_SUFFIX = '.partial';

export function vnStamp(at: Date): string {
  const vn = new Date(at.getTime() + VN_OFFSET_MS).toISOString();
  return `${vn.slice(0, 10)}_${vn.slice(11, 13)}${vn.slice(14, 16)}${vn.slice(17, 19)}`;
}

export function backupName(kind: BackupKind, at: Date, n = 1): string {
  return `rehabdesk-${kind}-${vnStamp(at)}${n > 1 ? `-${n}` : ''}.sqlite`;
}

/** The kind and instant a backup's name says, or null for any other file. */
export function parseBackupName(name: string): { kind: BackupKind; takenAt: Date } | null {
  const m = ours.exec(name);
  if (m) {
    const [, kind, y, mo, d, h, mi, s] = m;
    const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    return { kind: kind as BackupKind, takenAt: new Date(local - VN_OFFSET_MS) };
  }
  const b = beforeMigration.exec(name);
  if (b) {
    const [, y, mo, d, h, mi, s, ms] = b;
    return { kind: 'before-migration', takenAt: new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`) };
  }
  return null;
}

/** The backups in a folder, newest first; an absent folder holds none. */
export function listBackups(folder: string): BackupFileView[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupFileView[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(folder, name);
    try {
      const stat = statSync(file);
      if (stat.isFile()) found.push({ file, name, kind: parsed.kind, takenAt: parsed.takenAt.toISOString(), bytes: stat.size });
    } catch {
      // Removed between listing and stat: not a backup any more.
    }
  }
  return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}
