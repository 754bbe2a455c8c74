import type Database from 'better-sqlite3';
import type { DateRange } from '../../../../shared/domain/report-period';
import { addMonthsToMonth, monthEnd, monthOf } from '../../../../shared/domain/ratings';
import { ratingScale } from '../../ratings/scale';
import type { DrillHit, ReportSectionModule } from '../types';
import { figure } from './rows';

/**
 * The rating months a range reports: those whose last day falls in it. A calendar month reports its own month; a
 * 15th–14th month (15/10–14/11) reports the month that ended inside it (October), whose ratings are done by the
 * time the report is written; consecutive periods never count a month twice.
 */
export function ratingMonthsOf(range: DateRange): string[] {
  const months: string[] = [];
  for (let m = monthOf(range.from); m <= monthOf(range.to); m = addMonthsToMonth(m, 1)) {
    const end = monthEnd(m);
    if (end >= range.from && end <= range.to) months.push(m);
  }
  return months;
}

/** The head-confirmed ratings of those months, one row per resident and month. */
const confirmedSql = `
  SELECT r.stay_id AS stayId, r.month, r.grade FROM ratings r JOIN rating_months c ON c.month = r.month
  WHERE r.month IN (SELECT value FROM json_each(@months))`;

interface Rated {
  stayId: number;
  month: string;
  grade: string;
}

const confirmed = (sqlite: Database.Database, range: DateRange) =>
  sqlite.prepare(`${confirmedSql} ORDER BY r.month, r.stay_id`).all({ months: JSON.stringify(ratingMonthsOf(range)) }) as Rated[];

/**
 * Confirmed monthly ratings by grade: a total and every grade of the scale (zero included, so the table is stable),
 * each named by the facility's own scale (settings `rating.scale`).
 */
export const ratingsSection: ReportSectionModule = {
  figures(sqlite, range) {
    const counts = new Map<string, number>();
    for (const r of confirmed(sqlite, range)) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1);
    const scale = ratingScale(sqlite);
    // A grade since removed from the scale still counts, shown by its stored code.
    const codes = [...scale.map((g) => g.code), ...[...counts.keys()].filter((c) => !scale.some((g) => g.code === c))];
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const label = new Map(scale.map((g) => [g.code, g.label]));
    return [
      figure('ratings.grade', total),
      ...codes.map((code) => figure('ratings.grade', counts.get(code) ?? 0, { code }, { name: label.get(code) ?? code })),
    ];
  },
  drill(sqlite, range, key, dims): DrillHit[] | null {
    if (key !== 'ratings.grade') return null;
    return confirmed(sqlite, range)
      .filter((r) => dims.code === undefined || r.grade === dims.code)
      .map((r) => ({ stayId: r.stayId, date: monthEnd(r.month), detail: r.grade, value: null }));
  },
};
