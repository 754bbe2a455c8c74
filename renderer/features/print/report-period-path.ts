import { reportPeriod, type ReportPeriodInput } from '../../../shared/contract/reports';

/**
 * The report's period written into the print route, so a reload (or a bookmark) prints the same report:
 * /in/bao-cao/thang/calendar/2026/11, /quy/cutoff15/2026/2, /6-thang/calendar/2026/1, /nam/calendar/2026,
 * /tu-ngay/2026-01-01/2026-03-31.
 */
const segmentOf = { month: 'thang', quarter: 'quy', half: '6-thang', year: 'nam', custom: 'tu-ngay' } as const;

export function periodSegments(p: ReportPeriodInput): string {
  switch (p.kind) {
    case 'month':
      return `${segmentOf.month}/${p.convention}/${p.year}/${p.month}`;
    case 'quarter':
      return `${segmentOf.quarter}/${p.convention}/${p.year}/${p.quarter}`;
    case 'half':
      return `${segmentOf.half}/${p.convention}/${p.year}/${p.half}`;
    case 'year':
      return `${segmentOf.year}/${p.convention}/${p.year}`;
    case 'custom':
      return `${segmentOf.custom}/${p.from}/${p.to}`;
  }
}

/** The period of the segments after /in/bao-cao/, checked as the back end checks it; null if they are not one. */
export function periodFromSegments(segments: readonly string[]): ReportPeriodInput | null {
  const [kind, a, b, c, ...rest] = segments;
  if (rest.length > 0) return null;
  const n = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : Number.NaN);
  let candidate: unknown = null;
  if (kind === segmentOf.month) candidate = { kind: 'month', convention: a, year: n(b), month: n(c) };
  else if (kind === segmentOf.quarter) candidate = { kind: 'quarter', convention: a, year: n(b), quarter: n(c) };
  else if (kind === segmentOf.half) candidate = { kind: 'half', convention: a, year: n(b), half: n(c) };
  else if (kind === segmentOf.year && c === undefined) candidate = { kind: 'year', convention: a, year: n(b) };
  else if (kind === segmentOf.custom && c === undefined) candidate = { kind: 'custom', from: a, to: b };
  const parsed = reportPeriod.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
