import type { BackupKind } from '../../../shared/contract/backup';
import { vnStamp } from './names';

/** Copies rotation may delete; copies taken before a migration or a restore are only ever removed by hand. */
const rotated: readonly BackupKind[] = ['daily', 'manual', 'exit'];

export interface RotationItem {
  name: string;
  kind: BackupKind;
  takenAt: string;
}

/**
 * The names rotation deletes: of the daily, manual and exit copies it keeps the newest `keepDaily`, and the newest
 * of each month for the newest `keepMonthly` months that have a copy (a PC left off for a while keeps its history).
 */
export function toDelete(items: readonly RotationItem[], keepDaily: number, keepMonthly: number): string[] {
  const regular = items
    .filter((i) => rotated.includes(i.kind))
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
  const keep = new Set(regular.slice(0, keepDaily).map((i) => i.name));
  const months = new Set<string>();
  for (const item of regular) {
    const month = vnStamp(new Date(item.takenAt)).slice(0, 7);
    if (months.has(month)) continue;
    if (months.size >= keepMonthly) break;
    months.add(month);
    keep.add(item.name);
  }
  return regular.filter((i) => !keep.has(i.name)).map((i) => i.name);
}
