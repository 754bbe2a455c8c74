import { addDays, addMonths, addWorkingDays, daysBetween } from './dates';
import { legalInForce, type LegalKey, type LegalRow } from './legal';
import type { NoticeRecipient, StayState } from './vocabulary';

/**
 * What needs the duty officer's attention on the overview (issue 4): a resident not back by the expected return,
 * an assessment past its legal limit, a voluntary resident absent long enough to count as having ended the
 * treatment himself, a roll time passed with no roll saved; and from release planning (issue 5): a term ended with
 * the resident still on the books, a notice owed past its due date, the periodic reduction review falling due.
 * Computed from plain facts the service gathers.
 */
export const alertKinds = [
  'overdue_return',
  'assessment_overdue',
  'voluntary_self_termination',
  'roll_not_taken',
  'release_due',
  'notice_overdue',
  'reduction_review_due',
] as const;
export type AlertKind = (typeof alertKinds)[number];

export interface StayRef {
  stayId: number;
  fullName: string;
  fileNumber: string;
}

/** A stay away by a movement that set an expected return (hospital, funeral leave, court). */
export interface AwayStay extends StayRef {
  state: Extract<StayState, 'in_hospital' | 'on_leave' | 'at_court'>;
  leftOn: string;
  expectedReturnOn: string | null;
  documentNumber: string | null;
}

export interface AssessmentStay extends StayRef {
  admittedOn: string;
}

/** A voluntary resident away without leave: escaped since that date. */
export interface AbsentVoluntaryStay extends StayRef {
  absentSince: string;
}

export interface AreaRollFacts {
  areaId: number;
  code: string;
  name: string;
  /** The roll slots saved for this area today. */
  slotsTaken: readonly string[];
}

/** A term stay not discharged, with its cached release date (stays.expected_release). */
export interface ReleaseStay extends StayRef {
  state: Exclude<StayState, 'discharged'>;
  admittedOn: string;
  expectedRelease: string;
  /** The court decision (or contract) the term comes from. */
  decisionNumber: string | null;
}

/** A notice owed to someone about a stay (scheduled, or a release notice owed before the release date). */
export interface OwedNotice extends StayRef {
  kind: string;
  recipient: NoticeRecipient;
  dueOn: string;
  sentOn: string | null;
}

export interface AlertFacts {
  today: string;
  /** Vietnam's time now, "hh:mm". */
  nowTime: string;
  away: readonly AwayStay[];
  assessments: readonly AssessmentStay[];
  absentVoluntary: readonly AbsentVoluntaryStay[];
  /** Areas with residents on the books. */
  areas: readonly AreaRollFacts[];
  rollTimes: readonly { slot: string; time: string }[];
  legal: readonly LegalRow[];
  holidays: readonly string[];
  releases: readonly ReleaseStay[];
  notices: readonly OwedNotice[];
  /** The day the latest reduction review judged eligibility on; null when none was ever made. */
  lastReviewOn: string | null;
}

export interface Alert {
  kind: AlertKind;
  stay: StayRef | null;
  area: { id: number; code: string; name: string } | null;
  /** When the situation began: left, admitted, absent since, the roll time today, or the last review. */
  since: string;
  /**
   * The limit that passed: the expected return, the assessment's last day, the self-termination day, the roll day,
   * the release date, the notice's due date, the next review's date.
   */
  dueOn: string;
  /** Whole days past dueOn (0 for a roll not taken today). */
  overdueDays: number;
  state: StayState | null;
  /** The legal figure applied (days or working days), when there is one. */
  limit: number | null;
  slot: string | null;
  time: string | null;
  /** For a notice overdue: its kind (release, death, voluntary_admission, voluntary_end) and who is owed it. */
  noticeKind: string | null;
  recipient: NoticeRecipient | null;
  /** Where the rule comes from: the legal parameter's citation, or the decision that set the return or release date. */
  citation: string | null;
}

const base = { stay: null, area: null, state: null, limit: null, slot: null, time: null, noticeKind: null, recipient: null, citation: null } as const;

/** The legal figure behind each notice kind's deadline. */
const noticeRule: Partial<Record<string, LegalKey>> = {
  release: 'release.notice_days',
  death: 'death.notice_hours',
  voluntary_admission: 'voluntary.commune_notice_working_days',
  voluntary_end: 'voluntary.commune_notice_working_days',
};

export function overviewAlerts(f: AlertFacts): Alert[] {
  const alerts: Alert[] = [];
  const legal = [...f.legal];

  for (const s of f.away) {
    if (s.expectedReturnOn === null || s.expectedReturnOn >= f.today) continue;
    // Funeral leave has a legal maximum; hospital and court returns are set by the document that sent them out.
    const citation = s.state === 'on_leave' ? legalInForce(legal, 'funeral_leave.max_days', s.leftOn).citation : s.documentNumber;
    alerts.push({
      ...base,
      kind: 'overdue_return',
      stay: ref(s),
      since: s.leftOn,
      dueOn: s.expectedReturnOn,
      overdueDays: daysBetween(s.expectedReturnOn, f.today),
      state: s.state,
      citation,
    });
  }

  for (const s of f.assessments) {
    const max = legalInForce(legal, 'assessment.max_days', s.admittedOn);
    const dueOn = addDays(s.admittedOn, max.value.days);
    if (f.today <= dueOn) continue;
    alerts.push({ ...base, kind: 'assessment_overdue', stay: ref(s), since: s.admittedOn, dueOn, overdueDays: daysBetween(dueOn, f.today), limit: max.value.days, citation: max.citation });
  }

  for (const s of f.absentVoluntary) {
    const rule = legalInForce(legal, 'voluntary.self_termination_working_days', s.absentSince);
    // A period in days starts the day after the event (Bộ luật Dân sự Điều 147): the N-th working day after leaving.
    const dueOn = addWorkingDays(s.absentSince, rule.value.days, f.holidays);
    if (f.today < dueOn) continue;
    alerts.push({
      ...base,
      kind: 'voluntary_self_termination',
      stay: ref(s),
      since: s.absentSince,
      dueOn,
      overdueDays: daysBetween(dueOn, f.today),
      state: 'escaped',
      limit: rule.value.days,
      citation: rule.citation,
    });
  }

  const passed = f.rollTimes.filter((r) => r.time <= f.nowTime);
  for (const a of f.areas) {
    for (const r of passed) {
      if (a.slotsTaken.includes(r.slot)) continue;
      alerts.push({
        ...base,
        kind: 'roll_not_taken',
        area: { id: a.areaId, code: a.code, name: a.name },
        since: f.today,
        dueOn: f.today,
        overdueDays: 0,
        slot: r.slot,
        time: r.time,
      });
    }
  }

  for (const s of f.releases) {
    // An open escape stops the clock, so the cached date is stale until the return recomputes it (NĐ 116 Điều 56 k4).
    if (s.state === 'escaped' || s.expectedRelease > f.today) continue;
    alerts.push({
      ...base,
      kind: 'release_due',
      stay: ref(s),
      since: s.admittedOn,
      dueOn: s.expectedRelease,
      overdueDays: daysBetween(s.expectedRelease, f.today),
      state: s.state,
      citation: s.decisionNumber,
    });
  }

  for (const n of f.notices) {
    // Late as the notices screen counts it: not sent and the due date past.
    if (n.sentOn !== null || n.dueOn >= f.today) continue;
    const key = noticeRule[n.kind];
    const citation = key && legal.some((r) => r.key === key) ? legalInForce(legal, key, n.dueOn).citation : null;
    alerts.push({
      ...base,
      kind: 'notice_overdue',
      stay: ref(n),
      since: n.dueOn,
      dueOn: n.dueOn,
      overdueDays: daysBetween(n.dueOn, f.today),
      noticeKind: n.kind,
      recipient: n.recipient,
      citation,
    });
  }

  if (f.lastReviewOn !== null) {
    const rules = legalInForce(legal, 'reduction.rules', f.lastReviewOn);
    const dueOn = addMonths(f.lastReviewOn, rules.value.reviewEveryMonths);
    if (f.today >= dueOn) {
      alerts.push({
        ...base,
        kind: 'reduction_review_due',
        since: f.lastReviewOn,
        dueOn,
        overdueDays: daysBetween(dueOn, f.today),
        limit: rules.value.reviewEveryMonths,
        citation: rules.citation,
      });
    }
  }
  return alerts;
}

function ref(s: StayRef): StayRef {
  return { stayId: s.stayId, fullName: s.fullName, fileNumber: s.fileNumber };
}

/** How many alerts of each kind, for the panel's badges. */
export function alertCounts(alerts: readonly Alert[]): Record<AlertKind, number> {
  const counts = Object.fromEntries(alertKinds.map((k) => [k, 0])) as Record<AlertKind, number>;
  for (const a of alerts) counts[a.kind]++;
  return counts;
}
