import type Database from 'better-sqlite3';
import type { FigureKey } from '../../../../shared/domain/report-figures';
import type { DateRange } from '../../../../shared/domain/report-period';
import type { ColumnContext, DrillHit, ReportSectionModule } from '../types';
import { figure } from './rows';

/** Each figure's column of health_records. */
const flags = {
  'health.hiv': 'hiv',
  'health.tuberculosis': 'tuberculosis',
  'health.hepatitis': 'hepatitis',
  'health.mentalDisorder': 'mental_disorder',
} as const satisfies Partial<Record<FigureKey, string>>;
type HealthKey = keyof typeof flags;
type Flag = (typeof flags)[HealthKey];

type Latest = { stayId: number; recordedOn: string } & Record<Flag, number | null>;

/**
 * Everyone on the books at the end of the range (as the headcount counts them) with his person's latest health
 * record up to that day: one seek per stay on the records index.
 */
function latestRecords(sqlite: Database.Database, range: DateRange, column: ColumnContext): Latest[] {
  return sqlite
    .prepare(
      `SELECT s.id AS stayId, h.recorded_on AS recordedOn, h.hiv, h.tuberculosis, h.hepatitis, h.mental_disorder
       FROM json_each(@stayIds) j JOIN stays s ON s.id = j.value
       JOIN health_records h ON h.id = (
         SELECT x.id FROM health_records x WHERE x.person_id = s.person_id AND x.recorded_on <= @to
         ORDER BY x.recorded_on DESC, x.id DESC LIMIT 1)
       ORDER BY s.id`,
    )
    .all({ stayIds: JSON.stringify(column.onBooksAtEnd), to: range.to }) as Latest[];
}

const isHealthKey = (key: FigureKey): key is HealthKey => key in flags;

/** HIV, tuberculosis, hepatitis and mental disorders among those on the books at the end (counts only, NĐ 116 Điều 4). */
export const healthSection: ReportSectionModule = {
  figures(sqlite, range, column) {
    const latest = latestRecords(sqlite, range, column);
    return (Object.keys(flags) as HealthKey[]).map((key) => figure(key, latest.filter((r) => r[flags[key]] === 1).length));
  },
  drill(sqlite, range, key, _dims, column): DrillHit[] | null {
    if (!isHealthKey(key)) return null;
    return latestRecords(sqlite, range, column)
      .filter((r) => r[flags[key]] === 1)
      .map((r) => ({ stayId: r.stayId, date: r.recordedOn, detail: null, value: null }));
  },
};
