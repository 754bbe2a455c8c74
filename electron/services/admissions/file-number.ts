import { formatFileNumber } from '../../../shared/domain/file-number';
import type { Ctx } from '../../router/types';
import { settingValue } from '../settings/legal';

/**
 * Next file number for a year from a counter that only goes up, inside the admission's transaction, so a
 * number is never reused or skipped by two officers admitting at once.
 */
export function nextFileNumber(ctx: Ctx, year: number): string {
  const row = ctx.sqlite
    .prepare(
      `INSERT INTO file_number_counters (year, last) VALUES (?, 1)
       ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .get(year) as { last: number };
  return formatFileNumber(settingValue<string>(ctx.sqlite, 'file_number.pattern'), year, row.last);
}
