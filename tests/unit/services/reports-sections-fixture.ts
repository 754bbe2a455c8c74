import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { columnContext } from '../../../electron/services/reports/engine';
import type { ReportSectionModule } from '../../../electron/services/reports/types';
import { reportFigures } from '../../../shared/domain/report-figures';
import { periodRange, type DateRange } from '../../../shared/domain/report-period';

export const calendarOctober = periodRange({ kind: 'month', convention: 'calendar', year: 2026, month: 10 });
export const cutoffNovember = periodRange({ kind: 'month', convention: 'cutoff15', year: 2026, month: 11 });
export const calendarNovember = periodRange({ kind: 'month', convention: 'calendar', year: 2026, month: 11 });

/** Every drillable figure's list adds up to it: one row each, or the rows' values summed (to 3 decimals). */
export function expectDrillAddsUp(sqlite: Database.Database, section: ReportSectionModule, range: DateRange): void {
  const column = columnContext(sqlite, range);
  for (const f of section.figures(sqlite, range, column)) {
    if (!reportFigures[f.key].drill) continue;
    const rows = section.drill(sqlite, range, f.key, f.dims, column)!;
    const sum = Math.round(rows.reduce((total, r) => total + (r.value ?? 1), 0) * 1000) / 1000;
    expect(sum, `${f.key} ${JSON.stringify(f.dims)}`).toBe(f.value);
  }
}
