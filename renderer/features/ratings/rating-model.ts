import type { MethodInput, MethodOutput } from '../../../shared/contract';

/** Months as the contract writes them ("2026-03"), and what the officer has typed on a rating sheet. */

export type Sheet = MethodOutput<'ratings.sheet'>;
export type SheetRow = Sheet['rows'][number];
export type Scale = Sheet['scale'];

/** The month a day falls in: "2026-03-15" → "2026-03". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** A month moved by n months (n may be negative): ("2026-01", -1) → "2025-12". */
export function shiftMonth(month: string, n: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** The month rated by default: the one before today's, since a month is rated once it is over. */
export function previousMonth(today: string): string {
  return shiftMonth(monthOf(today), -1);
}

/** The first day of a month, the value a month picker holds. */
export function monthStart(month: string): string {
  return `${month}-01`;
}

/** "2026-03" → "03/2026", as the facility writes a month. */
export function formatMonthVN(month: string): string {
  const [y = '', m = ''] = month.split('-');
  return `${m}/${y}`;
}

/** The label of a grade code in the facility's scale, or the code itself when the scale no longer has it. */
export function gradeLabel(scale: Scale, code: string | null): string | null {
  if (code === null) return null;
  return scale.find((s) => s.code === code)?.label ?? code;
}

/** What the officer has entered for one resident before saving. */
export interface RowDraft {
  grade: string | null;
  note: string;
}

/** The drafts a sheet starts with: what is already saved. */
export function initialDrafts(rows: readonly SheetRow[]): Map<number, RowDraft> {
  return new Map(rows.map((r) => [r.stayId, { grade: r.grade, note: r.note ?? '' }]));
}

/** "Tất cả: Khá": every row takes the grade, notes stay as typed. */
export function setAllGrades(drafts: Map<number, RowDraft>, rows: readonly SheetRow[], grade: string): Map<number, RowDraft> {
  const next = new Map(drafts);
  for (const r of rows) next.set(r.stayId, { note: drafts.get(r.stayId)?.note ?? '', grade });
  return next;
}

type Entry = MethodInput<'ratings.save'>['entries'][number];

/** The entries ratings.save takes: every row with a grade, in sheet order; an empty note is left out. */
export function saveEntries(rows: readonly SheetRow[], drafts: Map<number, RowDraft>): Entry[] {
  const entries: Entry[] = [];
  for (const r of rows) {
    const d = drafts.get(r.stayId);
    if (!d?.grade) continue;
    const note = d.note.trim();
    entries.push(note ? { stayId: r.stayId, grade: d.grade, note } : { stayId: r.stayId, grade: d.grade });
  }
  return entries;
}

/** Rows whose draft differs from what is saved. */
export function changedCount(rows: readonly SheetRow[], drafts: Map<number, RowDraft>): number {
  return rows.filter((r) => {
    const d = drafts.get(r.stayId);
    return d !== undefined && (d.grade !== r.grade || d.note.trim() !== (r.note ?? ''));
  }).length;
}

/**
 * A refusal's issues named "entries.3.grade" or "entries.3.note" placed on the row they concern (the fourth entry
 * sent); the rest are returned as general messages.
 */
export function rowErrors(
  issues: readonly { field: string; message: string }[],
  sent: readonly Entry[],
): { rows: Map<number, { grade?: string; note?: string }>; general: string[] } {
  const rows = new Map<number, { grade?: string; note?: string }>();
  const general: string[] = [];
  for (const issue of issues) {
    const m = /^entries\.(\d+)\.(grade|note|stayId)$/.exec(issue.field);
    const entry = m ? sent[Number(m[1])] : undefined;
    if (!m || !entry || m[2] === 'stayId') {
      general.push(issue.message);
      continue;
    }
    const key = m[2] as 'grade' | 'note';
    const current = rows.get(entry.stayId) ?? {};
    current[key] ??= issue.message;
    rows.set(entry.stayId, current);
  }
  return { rows, general };
}
