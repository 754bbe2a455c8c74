/** Formats a file number from the facility's pattern: "{yyyy}/{nnnn}" with 2026 and 123 → "2026/0123". */
export function formatFileNumber(pattern: string, year: number, seq: number): string {
  return pattern
    .replace(/\{yyyy\}/g, String(year))
    .replace(/\{yy\}/g, String(year).slice(-2))
    .replace(/\{(n+)\}/g, (_m, ns: string) => String(seq).padStart(ns.length, '0'));
}
