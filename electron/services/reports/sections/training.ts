import type { FigureKey } from '../../../../shared/domain/report-figures';
import { trainingFigureSql, trainingFigures } from '../../training/figures';
import type { DrillHit, FigureValue, ReportSectionModule } from '../types';
import { figure } from './rows';

/** The report's keys and training.figures' own names for them. */
const fields = {
  'training.classesRunning': 'classesRunning',
  'training.enrolled': 'enrolled',
  'training.completed': 'completed',
  'training.certificates': 'certificates',
} as const satisfies Partial<Record<FigureKey, string>>;
type TrainingKey = keyof typeof fields;

/**
 * The residents behind each count, by the same conditions training.figures counts with: one row per enrolment
 * (a resident on two classes of the period is on both), dated by his enrolment, his class's end or his certificate.
 */
const drillSql: Record<Exclude<TrainingKey, 'training.classesRunning'>, string> = {
  'training.enrolled': `WITH held AS (${trainingFigureSql.held})
    SELECT e.stay_id AS stayId, e.enrolled_on AS date, t.name AS detail, NULL AS value
    FROM enrolments e JOIN held h ON h.id = e.class_id JOIN trades t ON t.id = h.trade_id
    WHERE ${trainingFigureSql.enrolled} AND (@tradeId IS NULL OR h.trade_id = @tradeId)`,
  'training.completed': `SELECT e.stay_id AS stayId, c.ends_on AS date, t.name AS detail, NULL AS value
    FROM enrolments e JOIN training_classes c ON c.id = e.class_id JOIN trades t ON t.id = c.trade_id
    WHERE ${trainingFigureSql.completed} AND (@tradeId IS NULL OR c.trade_id = @tradeId)`,
  'training.certificates': `SELECT e.stay_id AS stayId, e.certificate_date AS date, t.name AS detail, NULL AS value
    FROM enrolments e JOIN training_classes c ON c.id = e.class_id JOIN trades t ON t.id = c.trade_id
    WHERE ${trainingFigureSql.certificates} AND (@tradeId IS NULL OR c.trade_id = @tradeId)`,
};

const isTrainingKey = (key: FigureKey): key is TrainingKey => key in fields;

/** Vocational training, as training.figures counts it: a total and one row per trade with something to count. */
export const trainingSection: ReportSectionModule = {
  figures(sqlite, range) {
    const { rows, total } = trainingFigures(sqlite, range);
    const out: FigureValue[] = [];
    for (const [key, field] of Object.entries(fields) as [TrainingKey, (typeof fields)[TrainingKey]][]) {
      out.push(figure(key, total[field]));
      for (const r of rows) if (r[field] !== 0) out.push(figure(key, r[field], { itemId: r.tradeId }, { name: r.tradeName }));
    }
    return out;
  },
  drill(sqlite, range, key, dims): DrillHit[] | null {
    if (!isTrainingKey(key)) return null;
    // Classes are counted, not residents: there is no list of residents behind that figure.
    if (key === 'training.classesRunning') return [];
    const sql = `${drillSql[key]} ORDER BY date, stayId`;
    return sqlite.prepare(sql).all({ from: range.from, to: range.to, tradeId: dims.itemId ?? null }) as DrillHit[];
  },
};
