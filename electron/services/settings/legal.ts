import type Database from 'better-sqlite3';
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

export function settingValue<T>(sqlite: Database.Database, key: string): T {
  const row = sqlite.prepare('SELECT value_json AS value FROM settings WHERE key = ?').get(key) as
    | { value: string }
    | undefined;
  if (!row) throw new Error(`Setting missing: ${key}`);
  return JSON.parse(row.value) as T;
}
