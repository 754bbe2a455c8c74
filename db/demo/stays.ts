import { escapePeriods, type MovementFact } from '../../shared/domain/movements';
import { computeTermClock, type TermClock } from '../../shared/domain/term-clock';
import type { StayKind } from '../../shared/domain/vocabulary';
import { dayOf, isoOf, vnInstant } from './days';
import type { AreaPurpose, BedPlan, Sex } from './layout';
import type { PersonPlan } from './people';
import type { Random } from './random';

export type { StayKind };
export type StayState = 'present' | 'in_hospital' | 'escaped' | 'discharged';

/** Why a stay ended (stays.discharge_reason) and the words written on the discharge movement. */
export const dischargeReasons = {
  completed: 'Chấp hành xong thời gian cai nghiện',
  reduced: 'Chấp hành xong thời gian cai nghiện sau khi được giảm thời hạn',
  voluntary_completed: 'Hoàn thành cai nghiện tự nguyện theo hợp đồng',
  transferred: 'Chuyển đến cơ sở cai nghiện khác',
  exempted: 'Miễn chấp hành phần thời gian còn lại (bệnh hiểm nghèo)',
  criminal_proceedings: 'Bàn giao cơ quan tiến hành tố tụng hình sự',
  died: 'Chết trong thời gian cai nghiện',
  self_terminated: 'Tự ý chấm dứt cai nghiện tự nguyện',
  to_compulsory: 'Có quyết định của Tòa án, chuyển sang cai nghiện bắt buộc',
  no_decision: 'Tòa án không áp dụng biện pháp, bàn giao về địa phương',
  not_addicted: 'Kết quả xác định: không nghiện ma túy',
  community_rehab: 'Kết quả xác định: nghiện, chuyển cai nghiện tại gia đình, cộng đồng',
} as const;
export type DischargeReason = keyof typeof dischargeReasons;

export const REDUCTION_CAUSE = 'Chấp hành tốt nội quy, ba tháng liền xếp loại khá trở lên (NĐ 116/2021 Điều 58 k1)';

export interface Period {
  from: number;
  /** Null while it is still going on today (in hospital, or escaped and not yet back). */
  to: number | null;
}

export interface StayPlan {
  /** Order of creation: the tiebreak that keeps sorting deterministic. */
  seq: number;
  id: number;
  fileNumber: string;
  kind: StayKind;
  sex: Sex;
  admitted: number;
  termMonths: number | null;
  held: number;
  bed: BedPlan;
  hospital: Period | null;
  escape: Period | null;
  /** A move to the discipline area. */
  move: { day: number; to: BedPlan } | null;
  reduction: { months: number; decided: number } | null;
  end: number | null;
  reason: DischargeReason | null;
  state: StayState;
  infectious: boolean;
  /** A pending-decision stay and the compulsory stay the court decision turned it into: one episode. */
  leadsTo: StayPlan | null;
  person: PersonPlan | null;
  readmission: boolean;
}

export interface TermRange {
  minMonths: number;
  maxMonths: number;
}

export interface StayContext {
  rng: Random;
  /** First day of the simulated years. */
  start: number;
  today: number;
  terms: Record<'compulsory_adult' | 'compulsory_minor' | 'voluntary', TermRange>;
  noticeDays: number;
  nextSeq(): number;
}

export function newStay(ctx: StayContext, kind: StayKind, sex: Sex, admitted: number, bed: BedPlan): StayPlan {
  return {
    seq: ctx.nextSeq(),
    id: 0,
    fileNumber: '',
    kind,
    sex,
    admitted,
    termMonths: null,
    held: 0,
    bed,
    hospital: null,
    escape: null,
    move: null,
    reduction: null,
    end: null,
    reason: null,
    state: 'discharged',
    infectious: false,
    leadsTo: null,
    person: null,
    readmission: false,
  };
}

/** The term clock exactly as the app computes it: escapes through escapePeriods, then computeTermClock. */
export function clockOf(s: StayPlan, asOf: number, noticeDays: number): TermClock {
  const facts: MovementFact[] = [];
  if (s.escape) {
    const { from, to } = s.escape;
    facts.push({ id: 1, type: 'escaped', occurredOn: isoOf(from), occurredAt: vnInstant(from, 2), reversesId: null });
    if (to !== null) {
      facts.push({ id: 2, type: 'returned', occurredOn: isoOf(to), occurredAt: vnInstant(to, 12), reversesId: null });
    }
  }
  return computeTermClock({
    admittedOn: isoOf(s.admitted),
    termMonths: s.termMonths ?? 0,
    heldDaysDeducted: s.held,
    escapes: escapePeriods(facts),
    reductions: s.reduction
      ? [{ months: s.reduction.months, decidedOn: isoOf(s.reduction.decided), cause: REDUCTION_CAUSE }]
      : [],
    asOf: isoOf(asOf),
    noticeDays,
  });
}

/** Read once the escape is over, so its days move the release later (the clock ignores an escape not yet begun). */
function releaseDay(ctx: StayContext, s: StayPlan): number {
  return dayOf(clockOf(s, s.escape?.to ?? s.admitted, ctx.noticeDays).releaseDate);
}

/** Courts mostly give the longest term; the shortest and the middle come next. */
function drawTerm(rng: Random, range: TermRange): number {
  const r = rng.next();
  if (r < 0.5) return range.maxMonths;
  if (r < 0.68) return Math.round((range.minMonths + range.maxMonths) / 2);
  if (r < 0.83) return range.minMonths;
  return rng.int(range.minMonths, range.maxMonths);
}

function kindFor(purpose: AreaPurpose): 'compulsory_adult' | 'compulsory_minor' | 'voluntary' {
  if (purpose === 'minors') return 'compulsory_minor';
  if (purpose === 'voluntary') return 'voluntary';
  return 'compulsory_adult';
}

function escapeLength(rng: Random): number {
  const r = rng.next();
  if (r < 0.4) return rng.int(1, 7);
  if (r < 0.8) return rng.int(8, 30);
  return rng.int(31, 120);
}

function earlyEnding(rng: Random, kind: StayKind): DischargeReason | null {
  const r = rng.next();
  if (kind === 'voluntary') return r < 0.12 ? 'self_terminated' : null;
  if (kind === 'compulsory_minor') return r < 0.03 ? 'transferred' : null;
  if (r < 0.02) return 'transferred';
  if (r < 0.035) return 'exempted';
  if (r < 0.05) return 'criminal_proceedings';
  if (r < 0.052) return 'died';
  return null;
}

/** Share of male compulsory residents first held at the facility while their file was prepared. */
const HELD_BEFORE_DECISION = 0.55;

/**
 * One stay in a bed from day `t`, planned to its end: term from the legal range, maybe days held while the
 * file was prepared, a court reduction after half the term, an escape (which moves the release later), a
 * hospital stay, or an early ending. The caller decides whether it is still going on today.
 */
export function drawStay(ctx: StayContext, bed: BedPlan, t: number): StayPlan {
  const { rng } = ctx;
  const kind = kindFor(bed.area.purpose);
  const s = newStay(ctx, kind, bed.area.sex, t, bed);
  s.termMonths = drawTerm(rng, ctx.terms[kind]);
  s.infectious = bed.area.purpose === 'infectious';
  if (kind === 'compulsory_adult' && s.sex === 'male' && rng.chance(HELD_BEFORE_DECISION)) {
    const held = rng.int(7, 40);
    if (t - held >= ctx.start) s.held = held;
  }
  let base = releaseDay(ctx, s);
  if (kind === 'compulsory_adult' && rng.chance(0.12)) {
    const half = dayOf(clockOf(s, t, ctx.noticeDays).halfTermDate);
    s.reduction = { months: rng.int(1, 3), decided: half + rng.int(0, 60) };
    const reduced = releaseDay(ctx, s);
    if (s.reduction.decided < reduced - 15) base = reduced;
    else s.reduction = null;
  }
  const span = base - t;
  if (kind !== 'voluntary' && span > 80 && rng.chance(kind === 'compulsory_adult' ? 0.05 : 0.03)) {
    const from = t + rng.int(20, span - 30);
    s.escape = { from, to: from + escapeLength(rng) };
  }
  if (span > 40 && rng.chance(0.08)) {
    const from = t + rng.int(5, span - 20);
    const to = from + rng.int(1, 14);
    const clash = s.escape && s.escape.to !== null && from <= s.escape.to + 1 && to >= s.escape.from - 1;
    if (!clash) s.hospital = { from, to };
  }
  const release = s.escape ? releaseDay(ctx, s) : base;
  const early = earlyEnding(rng, kind);
  const endEarly = early ? t + rng.int(30, Math.max(31, release - t - 30)) : release;
  if (early && endEarly < release) {
    s.end = endEarly;
    s.reason = early;
    if (s.escape && (s.escape.to ?? endEarly) >= endEarly) s.escape = null;
    if (s.hospital && (s.hospital.to ?? endEarly) >= endEarly) s.hospital = null;
    if (s.reduction && s.reduction.decided >= endEarly) s.reduction = null;
  } else {
    s.end = release;
    s.reason = kind === 'voluntary' ? 'voluntary_completed' : s.reduction ? 'reduced' : 'completed';
  }
  return s;
}

/**
 * Turns a planned stay still going on today into a present one: what lies ahead is dropped, an escape or
 * hospital stay begun before today stays open (the resident is escaped or in hospital now). Nothing is
 * dated today itself, so no movement lies later than the moment the demo is built.
 */
export function makeCurrent(s: StayPlan, today: number): void {
  s.end = null;
  s.reason = null;
  if (s.reduction && s.reduction.decided >= today) s.reduction = null;
  for (const key of ['escape', 'hospital'] as const) {
    const p = s[key];
    if (!p) continue;
    if (p.from >= today) s[key] = null;
    else if (p.to !== null && p.to >= today) p.to = null;
  }
  s.state = s.escape?.to === null ? 'escaped' : s.hospital?.to === null ? 'in_hospital' : 'present';
}

/** A stay planned from `t` that is still going on today, or null if it would already have ended. */
export function currentStayFrom(ctx: StayContext, bed: BedPlan, t: number): StayPlan | null {
  const s = drawStay(ctx, bed, t);
  if ((s.end ?? 0) < ctx.today) return null;
  makeCurrent(s, ctx.today);
  return s;
}
