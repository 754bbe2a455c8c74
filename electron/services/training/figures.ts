import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import type { Input } from './input';

type Row = MethodOutput<'training.figures'>['rows'][number];

/**
 * Per trade, for the report: classes running in the period (started and not cancelled: running or finished, their
 * dates overlapping it), residents on those classes at some point of it, results of the classes that ended in it,
 * and certificates dated in it (whenever the class ran). Each condition is exported so the report's list of
 * residents behind a figure (electron/services/reports/sections/training.ts) is the count's own rows.
 */
export const trainingFigureSql = {
  /** Classes held in @from..@to: id and trade_id. */
  held: `SELECT id, trade_id FROM training_classes
    WHERE status IN ('running', 'finished') AND starts_on <= @to AND ends_on >= @from`,
  /** On an enrolment `e` of a held class: on it at some point of the period. */
  enrolled: `e.enrolled_on <= @to AND (e.status = 'enrolled' OR (e.status = 'withdrawn' AND e.withdrawn_on > @from))`,
  /** On an enrolment `e` of a class `c`: a pass or fail of a class that ended in the period. */
  completed: `c.status IN ('running', 'finished') AND c.ends_on BETWEEN @from AND @to
    AND e.status = 'enrolled' AND e.result IN ('pass', 'fail')`,
  /** On an enrolment `e` of a class `c`: a certificate dated in the period. */
  certificates: `c.status <> 'cancelled' AND e.result = 'pass' AND e.certificate_date BETWEEN @from AND @to`,
};

const figuresSql = `
  WITH held AS (${trainingFigureSql.held})
  SELECT t.id AS tradeId, t.name AS tradeName,
    (SELECT count(*) FROM held h WHERE h.trade_id = t.id) AS classesRunning,
    (SELECT count(*) FROM enrolments e JOIN held h ON h.id = e.class_id
     WHERE h.trade_id = t.id AND ${trainingFigureSql.enrolled}) AS enrolled,
    (SELECT count(*) FROM enrolments e JOIN training_classes c ON c.id = e.class_id
     WHERE c.trade_id = t.id AND ${trainingFigureSql.completed}) AS completed,
    (SELECT count(*) FROM enrolments e JOIN training_classes c ON c.id = e.class_id
     WHERE c.trade_id = t.id AND ${trainingFigureSql.certificates}) AS certificates
  FROM trades t`;

/** The training figures of a period by trade (trades with nothing to count are left out), and their total. */
export function trainingFigures(sqlite: Database.Database, input: Input<'training.figures'>): MethodOutput<'training.figures'> {
  if (input.to < input.from) {
    throw new AppError('invalid_input', `Đến ngày ${formatDateVN(input.to)} trước từ ngày ${formatDateVN(input.from)}.`, { field: 'to' });
  }
  const rows = (sqlite.prepare(figuresSql).all(input) as Row[])
    .filter((r) => r.classesRunning + r.enrolled + r.completed + r.certificates > 0)
    .sort((a, b) => a.tradeName.localeCompare(b.tradeName, 'vi'));
  const total = { classesRunning: 0, enrolled: 0, completed: 0, certificates: 0 };
  for (const r of rows) {
    total.classesRunning += r.classesRunning;
    total.enrolled += r.enrolled;
    total.completed += r.completed;
    total.certificates += r.certificates;
  }
  return { rows, total };
}
