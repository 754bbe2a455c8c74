import { formatFileNumber } from '../../../shared/domain/file-number';
import type { Ctx } from '../../router/types';
import { settingValue } from '../settings/legal';

/**
 * Next file number for a year from a counter that only goes up, inside the admission's transaction, so a
 * number is never reused or skipped by two officers admitting at once. A number already taken (a stay
 * brought in from another register) is passed over rather than refused.
 */
export function nextFileNumber(ctx: Ctx, year: number): string {
  const pattern = settingValue<string>(ctx.sqlite, 'file_number.pattern');
  const bump = ctx.sqlite.prepare(
    `INSERT INTO file_number_counters (year, last) VALUES (?, 1)
     ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const taken = ctx.sqlite.prepare('SELECT 1 FROM stays WHERE file_number = ?');
  for (;;) {
    const { last } = bump.get(year) as { last: number };
    const candidate = formatFileNumber(pattern, year, last);
    if (!taken.get(candidate)) return candidate;
  }
}
