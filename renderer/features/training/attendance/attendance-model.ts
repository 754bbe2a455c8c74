import type { MethodInput, MethodOutput } from '../../../../shared/contract';
import type { AttendanceReason } from '../../../../shared/domain/vocabulary';

export type Sheet = MethodOutput<'sessions.sheet'>;
export type Line = Sheet['lines'][number];
export type TakeLine = MethodInput<'sessions.take'>['lines'][number];

/** What the trainer has marked for one resident before saving. */
export interface LineDraft {
  present: boolean;
  reason: AttendanceReason | null;
  note: string;
}

/** A line as the sheet gives it: present by default, away by a movement with its reason, or as saved. */
export function defaultDraft(line: Line): LineDraft {
  if (line.awayByMovement) return { present: false, reason: line.reason ?? 'other', note: line.note ?? '' };
  return { present: line.present, reason: line.present ? null : line.reason, note: line.note ?? '' };
}

export function initialDrafts(lines: readonly Line[]): Map<number, LineDraft> {
  return new Map(lines.map((l) => [l.enrolmentId, defaultDraft(l)]));
}

export const draftOf = (drafts: ReadonlyMap<number, LineDraft>, line: Line): LineDraft => drafts.get(line.enrolmentId) ?? defaultDraft(line);

/**
 * Marks one resident present or absent. Someone away by a movement stays absent with that movement's reason;
 * marking present clears the reason, marking absent keeps the note and waits for a reason to be chosen.
 */
export function setPresent(drafts: ReadonlyMap<number, LineDraft>, line: Line, present: boolean): Map<number, LineDraft> {
  const next = new Map(drafts);
  if (line.awayByMovement) return next;
  const d = draftOf(drafts, line);
  next.set(line.enrolmentId, present ? { ...d, present: true, reason: null } : { ...d, present: false });
  return next;
}

/** "Tất cả có mặt": everyone present again, except those away by a movement, who stay absent with their reason. */
export function allPresent(drafts: ReadonlyMap<number, LineDraft>, lines: readonly Line[]): Map<number, LineDraft> {
  let next = new Map(drafts);
  for (const l of lines) next = setPresent(next, l, true);
  return next;
}

export function tally(drafts: ReadonlyMap<number, LineDraft>, lines: readonly Line[]): { present: number; absent: number } {
  const present = lines.filter((l) => draftOf(drafts, l).present).length;
  return { present, absent: lines.length - present };
}

/** The residents marked absent without a reason yet (the back end refuses them; the screen says so first). */
export function missingReasons(drafts: ReadonlyMap<number, LineDraft>, lines: readonly Line[]): number[] {
  return lines.filter((l) => {
    const d = draftOf(drafts, l);
    return !d.present && !d.reason;
  }).map((l) => l.enrolmentId);
}

/** The lines sessions.take takes: a reason only for an absence, a note only when something is written. */
export function takeLines(drafts: ReadonlyMap<number, LineDraft>, lines: readonly Line[]): TakeLine[] {
  return lines.map((l) => {
    const d = draftOf(drafts, l);
    const note = d.note.trim();
    return {
      enrolmentId: l.enrolmentId,
      present: d.present,
      ...(!d.present && d.reason ? { reason: d.reason } : {}),
      ...(note ? { note } : {}),
    };
  });
}

/** Spreads a refusal over the rows it names ("lines.3.reason"); whatever names no row goes above the sheet. */
export function lineErrors(
  issues: readonly { field: string; message: string }[],
  sent: readonly TakeLine[],
): { rows: Map<number, { reason?: string; note?: string }>; general: string[] } {
  const rows = new Map<number, { reason?: string; note?: string }>();
  const general: string[] = [];
  for (const issue of issues) {
    const m = /^lines\.(\d+)\.(reason|note|present)$/.exec(issue.field);
    const line = m ? sent[Number(m[1])] : undefined;
    if (!m || !line) {
      general.push(issue.message);
      continue;
    }
    // A refusal of "present" (away by a movement) is shown where the reason is.
    const key = m[2] === 'note' ? 'note' : 'reason';
    const current = rows.get(line.enrolmentId) ?? {};
    current[key] ??= issue.message;
    rows.set(line.enrolmentId, current);
  }
  return { rows, general };
}

/** A session still to come (its day is after today): its attendance cannot be taken yet. */
export const isFuture = (sessionOn: string, today: string): boolean => sessionOn > today;

/** "07:30–11:30": the start and the end of a session of so many hours. */
export function timeRange(start: string, hours: number): string {
  const [h = 0, m = 0] = start.split(':').map(Number);
  const end = h * 60 + m + hours * 60;
  const hh = String(Math.floor(end / 60) % 24).padStart(2, '0');
  const mm = String(end % 60).padStart(2, '0');
  return `${start}–${hh}:${mm}`;
}
