import type Database from 'better-sqlite3';
import type { FigureKey } from '../../../../shared/domain/report-figures';
import type { DateRange } from '../../../../shared/domain/report-period';
import type { DrillHit, ReportSectionModule } from '../types';
import { figure } from './rows';

/** Merit acts dated in the range, and discipline measures that started in it; one row per act or measure. */
const listSql = {
  'conduct.merits': `SELECT stay_id AS stayId, act_on AS date, description AS detail, NULL AS value
    FROM merit_acts WHERE act_on BETWEEN @from AND @to ORDER BY act_on, id`,
  'conduct.discipline': `SELECT stay_id AS stayId, from_on AS date, measure AS detail, NULL AS value
    FROM discipline_records WHERE from_on BETWEEN @from AND @to ORDER BY from_on, id`,
} as const;
type ConductKey = keyof typeof listSql;
const isConductKey = (key: FigureKey): key is ConductKey => key in listSql;

// Both are a few rows a month, so the figure is its own list's length: the count and the list cannot disagree.
const list = (sqlite: Database.Database, range: DateRange, key: ConductKey) =>
  sqlite.prepare(listSql[key]).all({ from: range.from, to: range.to }) as DrillHit[];

/** Rewards (merit acts) and discipline. */
export const conductSection: ReportSectionModule = {
  figures(sqlite, range) {
    return (Object.keys(listSql) as ConductKey[]).map((key) => figure(key, list(sqlite, range, key).length));
  },
  drill(sqlite, range, key) {
    return isConductKey(key) ? list(sqlite, range, key) : null;
  },
};
