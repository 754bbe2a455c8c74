import type { FigureDims } from '../../../shared/contract/reports';
import { censusStatuses } from '../../../shared/domain/census';
import type { FigureKey } from '../../../shared/domain/report-figures';
import { dischargeReasons, stayKinds } from '../../../shared/domain/vocabulary';
import type { ColumnFacts, StayFacts } from './column';
import type { FigureValue } from './types';

export const sexes = ['male', 'female'] as const;
/** Statuses away from the facility at the period's end (outside.end). */
export const awayStatuses = censusStatuses.filter((s) => s !== 'present');

export interface Capacities {
  designCapacity: number;
  workingCapacity: number;
}

export interface BalanceProblemFacts {
  stayId: number;
  start: number;
  admitted: number;
  left: number;
  end: number;
}

const row = (key: FigureKey, dims: FigureDims, value: number): FigureValue => ({ key, dims, itemName: null, itemUnit: null, value });

/** Every slice of the headcount: the total, each kind, each sex, each kind and sex, zero or not, so the table is stable. */
export const headcountSlices: FigureDims[] = [
  {},
  ...stayKinds.map((kind) => ({ kind })),
  ...sexes.map((sex) => ({ sex })),
  ...stayKinds.flatMap((kind) => sexes.map((sex) => ({ kind, sex }))),
];

const inSlice = (s: StayFacts, d: FigureDims) => (d.kind === undefined || d.kind === s.life.kind) && (d.sex === undefined || d.sex === s.life.sex);

/** The stays where start + admitted − left = end fails, or a stay is on the books twice. */
export function balanceProblems(facts: ColumnFacts): BalanceProblemFacts[] {
  return facts.stays
    .filter((s) => s.start + s.admitted.length - s.left.length !== s.end)
    .map((s) => ({ stayId: s.life.stayId, start: s.start, admitted: s.admitted.length, left: s.left.length, end: s.end }));
}

export function headcountFigures(facts: ColumnFacts): FigureValue[] {
  const out: FigureValue[] = [];
  for (const dims of headcountSlices) {
    const slice = facts.stays.filter((s) => inSlice(s, dims));
    const start = slice.reduce((n, s) => n + s.start, 0);
    const admitted = slice.reduce((n, s) => n + s.admitted.length, 0);
    const left = slice.reduce((n, s) => n + s.left.length, 0);
    const end = slice.reduce((n, s) => n + s.end, 0);
    out.push(
      row('headcount.start', dims, start),
      row('headcount.admitted', dims, admitted),
      row('headcount.left', dims, left),
      row('headcount.end', dims, end),
      row('headcount.turns', dims, start + admitted),
    );
  }
  return out;
}

export function movementFigures(facts: ColumnFacts): FigureValue[] {
  const admissions = facts.stays.flatMap((s) => s.admitted.map(() => s.life.readmission));
  const reasons = new Map<string, number>();
  for (const s of facts.stays) for (const m of s.left) reasons.set(m.reason ?? 'unknown', (reasons.get(m.reason ?? 'unknown') ?? 0) + 1);
  const known: string[] = [...dischargeReasons];
  const reasonOrder = [...reasons.keys()].sort((a, b) => (known.indexOf(a) >>> 0) - (known.indexOf(b) >>> 0));
  const left = [...reasons.values()].reduce((a, b) => a + b, 0);
  const events = (type: string) => facts.events.filter((e) => e.type === type).length;
  const away = [...facts.endStatus.values()].filter((e) => e.status !== 'present');
  return [
    row('admissions.new', {}, admissions.filter((r) => !r).length),
    row('admissions.readmitted', {}, admissions.filter((r) => r).length),
    row('departures.reason', {}, left),
    ...reasonOrder.map((code) => row('departures.reason', { code }, reasons.get(code) ?? 0)),
    row('events.escaped', {}, events('escaped')),
    row('events.returned', {}, events('returned')),
    row('events.toHospital', {}, events('to_hospital')),
    row('events.deaths', {}, reasons.get('died') ?? 0),
    row('outside.end', {}, away.length),
    ...awayStatuses.map((code) => row('outside.end', { code }, away.filter((e) => e.status === code).length)),
  ];
}

export function occupancyFigures(facts: ColumnFacts, capacities: Capacities): FigureValue[] {
  const bedDays = facts.daily.reduce((n, d) => n + d.census, 0);
  const peak = facts.daily.reduce((n, d) => Math.max(n, d.census), 0);
  return [
    row('occupancy.designCapacity', {}, capacities.designCapacity),
    row('occupancy.workingCapacity', {}, capacities.workingCapacity),
    row('occupancy.averageDaily', {}, Math.round((bedDays / Math.max(facts.daily.length, 1)) * 10) / 10),
    row('occupancy.peak', {}, peak),
    row('occupancy.bedDays', {}, bedDays),
    row('occupancy.overCapacityDays', {}, facts.daily.filter((d) => d.census > capacities.designCapacity).length),
  ];
}

/** The first day the census reached its peak, for the peak's drill-down. */
export function peakDay(facts: ColumnFacts): string | null {
  let best: { date: string; census: number } | null = null;
  for (const d of facts.daily) if (!best || d.census > best.census) best = d;
  return best?.date ?? null;
}
