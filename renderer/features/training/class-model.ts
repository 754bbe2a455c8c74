import type { MethodInput, MethodOutput } from '../../../shared/contract';
import type { ClassStatus, EnrolmentResult } from '../../../shared/domain/vocabulary';

/** Pure rules of the class screens: the schedule in words, the status moves offered, the enrolment and results payloads. */

export type ClassSummary = MethodOutput<'classes.list'>['classes'][number];
export type ClassDetailData = MethodOutput<'classes.get'>;
export type Enrolment = ClassDetailData['enrolments'][number];
export type Candidate = MethodOutput<'classes.candidates'>['candidates'][number];
export type Slot = ClassSummary['schedule'][number];

export interface ScheduleWords {
  /** "Thứ Hai" for 1 … "Chủ nhật" for 7. */
  weekday: (n: number) => string;
  /** "3 giờ". */
  hours: (n: number) => string;
}

/**
 * A weekly schedule in words, days sharing a start and length grouped, in week order:
 * "Thứ Hai, Thứ Tư 08:00 (3 giờ); Thứ Sáu 13:30 (4 giờ)".
 */
export function scheduleText(slots: readonly Slot[], words: ScheduleWords): string {
  const sorted = [...slots].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  const groups: { start: string; hours: number; days: number[] }[] = [];
  for (const s of sorted) {
    const group = groups.find((g) => g.start === s.start && g.hours === s.hours);
    if (group) {
      if (!group.days.includes(s.weekday)) group.days.push(s.weekday);
    } else groups.push({ start: s.start, hours: s.hours, days: [s.weekday] });
  }
  return groups.map((g) => `${g.days.map(words.weekday).join(', ')} ${g.start} (${words.hours(g.hours)})`).join('; ');
}

/** ISO weekday of a YYYY-MM-DD date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return day === 0 ? 7 : day;
}

export type StatusMove = 'running' | 'finished' | 'cancelled';

/** The moves a class in a status allows: planned → running or cancelled; running → finished or cancelled; none after. */
export function statusMoves(status: ClassStatus): StatusMove[] {
  if (status === 'planned') return ['running', 'cancelled'];
  if (status === 'running') return ['finished', 'cancelled'];
  return [];
}

/** Results are recorded while the class runs and corrected after it finished. */
export const canRecordResults = (status: ClassStatus) => status === 'running' || status === 'finished';

/** Enrolment is open until the class ends. */
export const canEnrol = (status: ClassStatus) => status === 'planned' || status === 'running';

export type EnrolmentShown = 'enrolled' | 'waiting' | 'withdrawn' | 'completed';

/**
 * What a resident's line says of him: on the waiting list, studying, left (taken off, or dropped out), or done once
 * the class finished with his pass or fail.
 */
export function enrolmentShown(e: Pick<Enrolment, 'status' | 'result'>, classStatus: ClassStatus): EnrolmentShown {
  if (e.status !== 'enrolled') return e.status;
  if (e.result === 'dropped') return 'withdrawn';
  return classStatus === 'finished' && e.result ? 'completed' : 'enrolled';
}

export const statusColor: Record<ClassStatus, string> = { planned: 'blue', running: 'teal', finished: 'gray', cancelled: 'red' };
export const resultColor: Record<EnrolmentResult, string> = { pass: 'teal', fail: 'orange', dropped: 'red' };

/** A resident trained on an earlier stay needs a reason to be enrolled again (one-time funding, TT 62/2022 Điều 5 k6). */
export const needsFundingReason = (c: Pick<Candidate, 'alreadyTrained'>) => c.alreadyTrained !== null;

/** The enrolment call for the residents ticked, each flagged one with its reason (trimmed, absent when empty). */
export function enrolInput(
  classId: number,
  enrolledOn: string,
  chosen: readonly Pick<Candidate, 'stayId' | 'alreadyTrained'>[],
  reasons: Readonly<Record<string, string>>,
): MethodInput<'classes.enrol'> {
  return {
    classId,
    enrolledOn,
    stays: chosen.map((c) => {
      const reason = needsFundingReason(c) ? reasons[String(c.stayId)]?.trim() : undefined;
      return reason ? { stayId: c.stayId, fundingReason: reason } : { stayId: c.stayId };
    }),
  };
}

/** Where the back end's "stays.2.fundingReason" goes on the enrolment form: under that resident's reason. */
export function enrolErrorField(field: string, chosen: readonly Pick<Candidate, 'stayId'>[]): string {
  const m = /^stays\.(\d+)\./.exec(field);
  const stay = m ? chosen[Number(m[1])] : undefined;
  return stay ? `reasons.${stay.stayId}` : field;
}

export interface ResultRow {
  enrolmentId: number;
  result: EnrolmentResult | null;
  reason: string;
  certificateNumber: string;
  certificateDate: string | null;
}

/** The results form starts from what is recorded; a pass without a date is offered today. */
export function resultRows(enrolments: readonly Enrolment[]): ResultRow[] {
  return enrolments
    .filter((e) => e.status === 'enrolled')
    .map((e) => ({
      enrolmentId: e.id,
      result: e.result,
      reason: e.resultReason ?? '',
      certificateNumber: e.certificateNumber ?? '',
      certificateDate: e.certificateDate,
    }));
}

/**
 * The rows with a result, as the back end takes them: the certificate only for a pass, the reason for a fail or a
 * drop; `rowOf[i]` is the form row of result i, to put the back end's messages under the right field.
 */
export function resultsInput(classId: number, rows: readonly ResultRow[]): { input: MethodInput<'classes.recordResults'>; rowOf: number[] } {
  const rowOf: number[] = [];
  const results: MethodInput<'classes.recordResults'>['results'] = [];
  rows.forEach((r, i) => {
    if (!r.result) return;
    rowOf.push(i);
    const reason = r.result !== 'pass' ? r.reason.trim() : '';
    results.push({
      enrolmentId: r.enrolmentId,
      result: r.result,
      ...(reason ? { reason } : {}),
      ...(r.result === 'pass' && r.certificateNumber.trim() ? { certificateNumber: r.certificateNumber.trim() } : {}),
      ...(r.result === 'pass' && r.certificateDate ? { certificateDate: r.certificateDate } : {}),
    });
  });
  return { input: { classId, results }, rowOf };
}

/** "results.3.certificateNumber" from the back end → "rows.<form row>.certificateNumber". */
export function resultErrorField(field: string, rowOf: readonly number[]): string {
  const m = /^results\.(\d+)\.(.+)$/.exec(field);
  const row = m ? rowOf[Number(m[1])] : undefined;
  return m && row !== undefined ? `rows.${row}.${m[2]}` : field;
}

