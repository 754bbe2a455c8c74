import type Database from 'better-sqlite3';
import { yearEndKeys, type YearEndKey } from '../../../shared/domain/report-figures';
import type { Ctx } from '../../router/types';

export type YearEndValues = Record<YearEndKey, number | null>;

/** The staff and funding figures entered for a year; null where not entered. */
export function yearEndValues(sqlite: Database.Database, year: number): YearEndValues {
  const rows = sqlite.prepare('SELECT key, value FROM report_year_end WHERE year = ?').all(year) as { key: string; value: number | null }[];
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(yearEndKeys.map((k) => [k, stored.get(k) ?? null])) as YearEndValues;
}

/** Replaces the year's figures (a null clears one), audited with before and after. */
export function setYearEnd(ctx: Ctx, year: number, values: YearEndValues): YearEndValues {
  const before = yearEndValues(ctx.sqlite, year);
  const upsert = ctx.sqlite.prepare(
    `INSERT INTO report_year_end (year, key, value, updated_at, updated_by) VALUES (@year, @key, @value, @at, @by)
     ON CONFLICT (year, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const at = ctx.now().toISOString();
  for (const key of yearEndKeys) upsert.run({ year, key, value: values[key], at, by: ctx.user?.id ?? null });
  const after = yearEndValues(ctx.sqlite, year);
  ctx.audit({ entity: 'report_year_end', entityId: year, before, after });
  return after;
}
