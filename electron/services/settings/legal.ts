import type Database from 'better-sqlite3';
import type { LegalRowView } from '../../../shared/contract/settings';
import { legalInForce, type LegalInForce, type LegalKey, type LegalRow } from '../../../shared/domain/legal';

export function legalRows(sqlite: Database.Database): LegalRow[] {
  const rows = sqlite
    .prepare('SELECT key, value_json AS value, citation, effective_from AS effectiveFrom FROM legal_parameters')
    .all() as { key: string; value: string; citation: string; effectiveFrom: string }[];
  return rows.map((r) => ({ ...r, value: JSON.parse(r.value) as unknown }));
}

/** A legal figure as in force on a date, with its citation for messages. */
export function legal<K extends LegalKey>(sqlite: Database.Database, key: K, on: string): LegalInForce<K> {
  return legalInForce(legalRows(sqlite), key, on);
}

/** Every row for the settings screen, with who added it and whether it applies today, is scheduled or superseded. */
export function legalRowViews(sqlite: Database.Database, today: string): LegalRowView[] {
  const rows = sqlite
    .prepare(
      `SELECT l.id, l.key, l.value_json AS value, l.citation, l.effective_from AS effectiveFrom, u.username AS createdBy,
              l.created_at AS createdAt
       FROM legal_parameters l LEFT JOIN users u ON u.id = l.created_by
       ORDER BY l.key, l.effective_from`,
    )
    .all() as (Omit<LegalRowView, 'value' | 'status'> & { value: string })[];
  // Rows come in date order per key, so the last one on or before today is the one in force.
  const inForceFrom = new Map<string, string>();
  for (const r of rows) if (r.effectiveFrom <= today) inForceFrom.set(r.key, r.effectiveFrom);
  return rows.map((r) => {
    const status = r.effectiveFrom > today ? 'scheduled' : r.effectiveFrom === inForceFrom.get(r.key) ? 'in_force' : 'superseded';
    return { ...r, value: JSON.parse(r.value) as unknown, status };
  });
}

export function settingValue<T>(sqlite: Database.Database, key: string): T {
  const row = sqlite.prepare('SELECT value_json AS value FROM settings WHERE key = ?').get(key) as
    | { value: string }
    | undefined;
  if (!row) throw new Error(`Setting missing: ${key}`);
  return JSON.parse(row.value) as T;
}
