import type { EnrolmentResult, StayKind } from './vocabulary';

/** The one-time state funding of vocational training (TT 62/2022 Điều 5 k6). */

export const resultNames: Record<EnrolmentResult, string> = { pass: 'đạt', fail: 'không đạt', dropped: 'bỏ học' };

/** A course the person took on one of their stays. */
export interface PastTraining {
  stayId: number;
  stayKind: StayKind;
  admittedOn: string;
  fileNumber: string;
  trade: string;
  className: string;
  result: EnrolmentResult | null;
}

export interface FundingStay {
  id: number;
  kind: StayKind;
  admittedOn: string;
}

export const isCompulsory = (kind: StayKind) => kind === 'compulsory_adult' || kind === 'compulsory_minor';

const earlier = (t: PastTraining, stay: FundingStay) =>
  t.stayId !== stay.id && (t.admittedOn < stay.admittedOn || (t.admittedOn === stay.admittedOn && t.stayId < stay.id));

/**
 * The latest earlier training that, with the others, used up the person's state-funded courses, or null. Only a
 * compulsory stay is funded by the state, on either side: a voluntary resident pays for his own course, so his
 * current course is not flagged and a course he paid for on a voluntary stay did not use the funding. A course
 * counts as delivered once it ended in pass or fail; a dropped one was not completed.
 */
export function fundingFlag(stay: FundingStay, trainings: readonly PastTraining[], fundedTimes: number): PastTraining | null {
  if (!isCompulsory(stay.kind)) return null;
  const used = trainings
    .filter((t) => earlier(t, stay) && isCompulsory(t.stayKind) && (t.result === 'pass' || t.result === 'fail'))
    .sort((a, b) => b.admittedOn.localeCompare(a.admittedOn) || b.stayId - a.stayId);
  return used.length >= fundedTimes ? (used[0] ?? null) : null;
}

/** "Nguyễn Văn Hùng đã học nghề Hàn ở lượt 2024/0012 (đạt): ghi lý do vẫn cho học (…)." */
export function fundingRefusal(fullName: string, t: PastTraining, citation: string): string {
  const result = t.result ? ` (${resultNames[t.result]})` : '';
  return `${fullName} đã học nghề ${t.trade} ở lượt ${t.fileNumber}${result}: ghi lý do vẫn cho học (${citation}).`;
}
