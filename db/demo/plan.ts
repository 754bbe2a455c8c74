import {
  areaBeds,
  bedsNeeded,
  buildArea,
  presentByArea,
  type AreaPlan,
  type AreaPlanDraft,
  type BedPlan,
} from './layout';
import { assignPersons, type PersonPlan } from './people';
import type { Random } from './random';
import {
  currentStayFrom,
  drawStay,
  makeCurrent,
  newStay,
  type DischargeReason,
  type StayContext,
  type StayPlan,
} from './stays';

/**
 * The whole facility planned in memory before a single row is written: every bed's history as a sequence of
 * stays that never overlap, today's population exactly as asked, the temporary area's short stays packed
 * into its beds, and a person for every stay.
 */
export interface FacilityPlan {
  areas: AreaPlan[];
  stays: StayPlan[];
  persons: PersonPlan[];
}

/** Stays per present resident per year of history: 1.500 present over 10 years gives about 30.000 stays. */
const STAYS_PER_RESIDENT_YEAR = 2;

function gapDays(rng: Random): number {
  return rng.chance(0.1) ? rng.int(30, 150) : rng.int(1, 20);
}

interface BedHistory {
  bed: BedPlan;
  stays: StayPlan[];
  current: StayPlan | null;
  /** Day the last finished stay left the bed (or the start of the history). */
  freeSince: number;
}

/**
 * Fills one bed from the start of the history to today (or to the day it went out of service). The first
 * stay may have begun before the history starts, as on the day a register is opened in a full facility;
 * stays that ended before it are left out.
 */
function bedHistory(ctx: StayContext, bed: BedPlan): BedHistory {
  const h: BedHistory = { bed, stays: [], current: null, freeSince: ctx.start };
  const limit = bed.outOfService ? bed.outOfService.since : ctx.today - 1;
  let t = ctx.start - ctx.rng.int(0, 700);
  while (t <= limit) {
    const s = drawStay(ctx, bed, t);
    const end = s.end ?? 0;
    if (bed.outOfService && end >= bed.outOfService.since) break;
    if (end >= ctx.today) {
      makeCurrent(s, ctx.today);
      h.current = s;
      break;
    }
    if (end >= ctx.start) h.stays.push(s);
    h.freeSince = end;
    t = end + gapDays(ctx.rng);
  }
  return h;
}

function shuffled<T>(rng: Random, items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** Brings an area's residents today to exactly its planned count: drop some, or admit a few lately. */
function settlePresent(ctx: StayContext, area: AreaPlan, histories: BedHistory[]): void {
  const occupied = histories.filter((h) => h.current);
  for (const h of shuffled(ctx.rng, occupied).slice(area.present)) h.current = null;
  let missing = area.present - histories.filter((h) => h.current).length;
  for (const h of shuffled(ctx.rng, histories.filter((x) => !x.current && !x.bed.outOfService))) {
    if (missing <= 0) break;
    if (h.freeSince + 1 > ctx.today - 1) continue;
    for (let attempt = 0; attempt < 20 && !h.current; attempt++) {
      h.current = currentStayFrom(ctx, h.bed, Math.max(h.freeSince + 1, ctx.today - ctx.rng.int(1, 120)));
    }
    if (h.current) missing--;
  }
  if (missing > 0) throw new Error(`demo: area ${area.code} has too few beds`);
}

/**
 * Residents in the discipline area today were admitted to a male compulsory bed and moved here under a
 * disciplinary decision; their first bed has stayed free since.
 */
function disciplineStays(ctx: StayContext, area: AreaPlan, compulsory: BedHistory[]): StayPlan[] {
  const { rng } = ctx;
  const out: StayPlan[] = [];
  const targets = areaBeds(area);
  // Beds free for two months first; a small facility may have too few, then any bed free long enough for a stay
  // that began at least 16 days ago (the move comes 15 days after the admission at the earliest).
  for (const freeFor of [60, 17]) {
    const idle = compulsory.filter((h) => !h.current && !h.bed.outOfService && h.freeSince < ctx.today - freeFor);
    for (const h of shuffled(rng, idle)) {
      const to = targets[out.length];
      if (!to || out.length >= area.present) break;
      let s: StayPlan | null = null;
      for (let attempt = 0; attempt < 20 && !s; attempt++) {
        s = currentStayFrom(ctx, h.bed, Math.max(h.freeSince + 1, ctx.today - rng.int(40, 300)));
        // An escape would have to be re-dated around the move; a stay without one keeps the plan simple.
        if (s?.escape || (s && s.admitted + 15 > ctx.today - 1)) s = null;
      }
      if (!s) continue;
      s.hospital = null;
      s.state = 'present';
      s.move = { day: rng.int(s.admitted + 15, ctx.today - 1), to };
      h.current = s;
      out.push(s);
    }
    if (out.length >= area.present) return out;
  }
  // A very small facility may have too few such beds: a resident present in a compulsory bed is moved instead and
  // the bed he left is taken by someone admitted after the move, so the facility still holds as many people.
  const movable = compulsory.filter((h) => h.current?.state === 'present' && !h.current.move && !h.current.escape && !h.current.hospital);
  for (const h of shuffled(rng, movable)) {
    const to = targets[out.length];
    if (!to || out.length >= area.present) break;
    const s = h.current!;
    if (s.admitted + 16 > ctx.today) continue;
    const day = rng.int(s.admitted + 15, ctx.today - 1);
    let next: StayPlan | null = null;
    for (let attempt = 0; attempt < 20 && !next; attempt++) next = currentStayFrom(ctx, h.bed, rng.int(day + 1, ctx.today));
    if (!next) continue;
    s.move = { day, to };
    h.stays.push(s);
    h.current = next;
    out.push(s);
  }
  if (out.length < area.present) throw new Error('demo: not enough compulsory residents for the discipline area');
  return out;
}

interface TempDraft {
  kind: 'pending_decision' | 'assessment';
  admitted: number;
  end: number | null;
  reason: DischargeReason | null;
  leadsTo: StayPlan | null;
}

/**
 * The temporary area: people held while their compulsory file is prepared (most then start the compulsory
 * stay the same day, with those days deducted), addiction-status assessments of a few days, and files the
 * court did not take up. Stays are packed first-free-bed-first; the area gets the beds that needed plus slack.
 */
function temporaryArea(
  ctx: StayContext,
  draft: AreaPlanDraft,
  linked: StayPlan[],
  filler: number,
): { area: AreaPlan; stays: StayPlan[] } {
  const { rng, today } = ctx;
  const drafts: TempDraft[] = linked.map((c) => ({
    kind: 'pending_decision',
    admitted: c.admitted - c.held,
    end: c.admitted,
    reason: 'to_compulsory',
    leadsTo: c,
  }));
  for (let i = 0; i < draft.present; i++) {
    const pending = rng.chance(0.75);
    drafts.push({
      kind: pending ? 'pending_decision' : 'assessment',
      admitted: today - (pending ? rng.int(1, 40) : rng.int(1, 4)),
      end: null,
      reason: null,
      leadsTo: null,
    });
  }
  for (let i = 0; i < filler; i++) {
    const admitted = rng.int(ctx.start, today - 50);
    if (rng.chance(0.6)) {
      const end = admitted + rng.int(1, 5);
      const reason = rng.chance(0.4) ? 'not_addicted' : 'community_rehab';
      drafts.push({ kind: 'assessment', admitted, end, reason, leadsTo: null });
    } else {
      const end = admitted + rng.int(10, 45);
      drafts.push({ kind: 'pending_decision', admitted, end, reason: 'no_decision', leadsTo: null });
    }
  }
  drafts.sort((a, b) => a.admitted - b.admitted || (a.end ?? Infinity) - (b.end ?? Infinity));

  const freeFrom: number[] = [];
  const slots = drafts.map((d) => {
    let slot = freeFrom.findIndex((f) => f <= d.admitted);
    if (slot < 0) slot = freeFrom.push(0) - 1;
    freeFrom[slot] = d.end === null ? Infinity : d.end + 1;
    return slot;
  });

  const bedCount = Math.max(freeFrom.length + Math.ceil(freeFrom.length * 0.1), bedsNeeded(draft.present));
  const area = buildArea(draft, bedCount, rng, today);
  const beds = areaBeds(area);
  const stays = drafts.map((d, i) => {
    const bed = beds[slots[i] ?? 0] as BedPlan;
    const s = newStay(ctx, d.kind, 'male', d.admitted, bed);
    s.end = d.end;
    s.reason = d.reason;
    s.state = d.end === null ? 'present' : 'discharged';
    s.leadsTo = d.leadsTo;
    return s;
  });
  return { area, stays };
}

export interface PlanOptions {
  residents: number;
  years: number;
  context: StayContext;
}

export function planFacility({ residents, years, context: ctx }: PlanOptions): FacilityPlan {
  const { rng } = ctx;
  /** In layout order; the temporary area's place stays empty until its beds are known. */
  const areas: (AreaPlan | null)[] = [];
  const histories: BedHistory[] = [];
  let temporary: AreaPlanDraft | null = null;
  let discipline: AreaPlan | null = null;

  for (const draft of presentByArea(residents)) {
    const purpose = draft.spec.purpose;
    if (purpose === 'temporary') {
      // Sized once its short stays are packed into beds, below.
      temporary = draft;
      areas.push(null);
      continue;
    }
    if (purpose === 'discipline') {
      // Filled only by moves from the compulsory areas, below.
      discipline = buildArea(draft, draft.present + 2, rng, ctx.today);
      areas.push(discipline);
      continue;
    }
    const area = buildArea(draft, bedsNeeded(draft.present), rng, ctx.today);
    areas.push(area);
    const h = areaBeds(area).map((bed) => bedHistory(ctx, bed));
    settlePresent(ctx, area, h);
    histories.push(...h);
  }
  if (!temporary || !discipline) throw new Error('demo: layout lacks a temporary or discipline area');

  const maleCompulsory = histories.filter((h) => h.bed.area.purpose === 'compulsory' && h.bed.area.sex === 'male');
  disciplineStays(ctx, discipline, maleCompulsory);

  const stays = histories.flatMap((h) => (h.current ? [...h.stays, h.current] : h.stays));
  const linked = stays.filter((s) => s.held > 0);
  const target = Math.round(residents * years * STAYS_PER_RESIDENT_YEAR);
  const filler = Math.max(0, target - stays.length - linked.length - temporary.present);
  const temp = temporaryArea(ctx, temporary, linked, filler);
  stays.push(...temp.stays);

  const persons = assignPersons(rng, stays);
  return { areas: areas.map((a) => a ?? temp.area), stays, persons };
}
