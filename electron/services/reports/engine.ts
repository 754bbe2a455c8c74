import type Database from 'better-sqlite3';
import type { DateRange } from '../../../shared/domain/report-period';
import { columnFacts, type ColumnFacts } from './column';
import { balanceProblems, headcountFigures, movementFigures, occupancyFigures, type BalanceProblemFacts, type Capacities } from './core-figures';
import { spanOf } from './instants';
import { loadRegister } from './register';
import { reportSections } from './sections';
import type { ColumnContext, FigureValue } from './types';

export interface ColumnResult {
  facts: ColumnFacts;
  figures: FigureValue[];
  problems: BalanceProblemFacts[];
}

/** Design capacity of the facility and the rooms' working capacity today. */
export function capacities(sqlite: Database.Database): Capacities {
  return sqlite
    .prepare(
      `SELECT coalesce((SELECT design_capacity FROM facility WHERE id = 1), 0) AS designCapacity,
              coalesce((SELECT sum(working_capacity) FROM rooms), 0) AS workingCapacity`,
    )
    .get() as Capacities;
}

/** What the sections may reuse of a column's facts. */
export const contextOf = (facts: ColumnFacts): ColumnContext => ({ onBooksAtEnd: [...facts.endStatus.keys()] });

/** A column's context on its own, for a section counted apart from the report (its tests). */
export function columnContext(sqlite: Database.Database, range: DateRange): ColumnContext {
  return contextOf(columnFacts(sqlite, loadRegister(sqlite, range), range));
}

/**
 * The report's columns, the movements of their whole span read once: each column is then a pass over that
 * register, plus the sections (health, training, work…) each counting its own range.
 */
export function computeColumns(sqlite: Database.Database, ranges: DateRange[]): ColumnResult[] {
  const register = loadRegister(sqlite, spanOf(ranges));
  const caps = capacities(sqlite);
  // A year's "same period last year" is its previous period and its year to date the year itself: counted once.
  const done = new Map<string, ColumnResult>();
  return ranges.map((range) => {
    const key = `${range.from}/${range.to}`;
    const known = done.get(key);
    if (known) return known;
    const facts = columnFacts(sqlite, register, range);
    const result: ColumnResult = {
      facts,
      figures: [
        ...headcountFigures(facts),
        ...movementFigures(facts),
        ...occupancyFigures(facts, caps),
        ...reportSections.flatMap((s) => s.figures(sqlite, range, contextOf(facts))),
      ],
      problems: balanceProblems(facts),
    };
    done.set(key, result);
    return result;
  });
}
