/** Earnings of work therapy (TT 62/2022 Điều 5 k9): each line keeps the rate of its day and its amount in đồng. */

/** A line's amount: quantity × rate, rounded to the đồng (half away from zero, so a reversal mirrors its line). */
export function lineAmount(quantity: number, rateDong: number): number {
  const a = quantity * rateDong;
  return Math.sign(a) * Math.round(Math.abs(a));
}

export interface PayLine {
  stayId: number;
  hours: number;
  amountDong: number;
}

/** The run's total and head count: residents with earnings or hours left after reversals. */
export function payTotals(lines: readonly PayLine[]): { totalDong: number; residents: number } {
  let totalDong = 0;
  for (const l of lines) totalDong += l.amountDong;
  return { totalDong, residents: lines.length };
}

/** "2026-11" → "11/2026". */
export const monthVN = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
