import type Database from 'better-sqlite3';
import type { FigureKey } from '../../../../shared/domain/report-figures';
import type { DateRange } from '../../../../shared/domain/report-period';
import type { DrillHit, ReportSectionModule } from '../types';
import { figure } from './rows';

/**
 * Proposed: each resident kept on the list of a review the head approved in the range (approval is an instant,
 * read as its Vietnamese day), a resident on two such reviews counting twice. Granted: each court decision
 * reducing a term or exempting the rest of it, dated in the range. Detail is the kind (reduction, exemption).
 */
const listSql = {
  'reductions.proposed': `SELECT p.stay_id AS stayId, date(v.approved_at, '+7 hours') AS date, p.kind AS detail, NULL AS value
    FROM reduction_reviews v JOIN reduction_proposals p ON p.review_id = v.id
    WHERE v.status = 'approved' AND p.included = 1 AND date(v.approved_at, '+7 hours') BETWEEN @from AND @to
    ORDER BY date, p.id`,
  'reductions.granted': `SELECT stay_id AS stayId, decided_on AS date, kind AS detail, NULL AS value
    FROM term_adjustments WHERE kind IN ('reduction', 'exemption') AND decided_on BETWEEN @from AND @to
    ORDER BY decided_on, id`,
} as const;
type ReductionKey = keyof typeof listSql;
const isReductionKey = (key: FigureKey): key is ReductionKey => key in listSql;

// A few dozen rows a quarter: the figure is its list's length, so the two always agree.
const list = (sqlite: Database.Database, range: DateRange, key: ReductionKey) =>
  sqlite.prepare(listSql[key]).all({ from: range.from, to: range.to }) as DrillHit[];

/** Reduction and exemption proposals, and the court's grants. */
export const reductionsSection: ReportSectionModule = {
  figures(sqlite, range) {
    return (Object.keys(listSql) as ReductionKey[]).map((key) => figure(key, list(sqlite, range, key).length));
  },
  drill(sqlite, range, key) {
    return isReductionKey(key) ? list(sqlite, range, key) : null;
  },
};
