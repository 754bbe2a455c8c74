import type { FigureDims } from '../../../shared/contract/reports';
import { addDays } from '../../../shared/domain/dates';
import type { FigureKey } from '../../../shared/domain/report-figures';
import { onBooksAt, type ColumnFacts, type StayFacts } from './column';
import { peakDay } from './core-figures';
import { dimsMatch } from './instants';
import { vnDayStart } from '../movements/append';
import type { DrillHit } from './types';

const hit = (stayId: number, date: string | null = null, detail: string | null = null, value: number | null = null): DrillHit => ({ stayId, date, detail, value });

/** The residents behind a headcount, admission, departure, event, outside or occupancy figure; null for another key. */
export function coreDrill(facts: ColumnFacts, key: FigureKey, dims: FigureDims): DrillHit[] | null {
  const stays = facts.stays.filter((s) => dimsMatch(dims, s.life.kind, s.life.sex));
  const starts = () => stays.filter((s) => s.start === 1).map((s) => hit(s.life.stayId));
  const admitted = (pick: (s: StayFacts) => boolean = () => true) =>
    stays.filter(pick).flatMap((s) => s.admitted.map((m) => hit(s.life.stayId, m.on)));
  const left = (code?: string) =>
    stays.flatMap((s) => s.left.filter((m) => code === undefined || (m.reason ?? 'unknown') === code).map((m) => hit(s.life.stayId, m.on, m.reason)));
  const events = (type: string) => facts.events.filter((e) => e.type === type).map((e) => hit(e.stayId, e.on, e.detail));
  switch (key) {
    case 'headcount.start':
      return starts();
    case 'headcount.admitted':
      return admitted();
    case 'headcount.left':
      return left();
    case 'headcount.end':
      return stays.filter((s) => s.end === 1).map((s) => hit(s.life.stayId, null, facts.endStatus.get(s.life.stayId)?.status ?? null));
    case 'headcount.turns':
      return [...starts(), ...admitted()];
    case 'admissions.new':
      return admitted((s) => !s.life.readmission);
    case 'admissions.readmitted':
      return admitted((s) => s.life.readmission);
    case 'departures.reason':
      return left(dims.code);
    case 'events.deaths':
      return left('died');
    case 'events.escaped':
      return events('escaped');
    case 'events.returned':
      return events('returned');
    case 'events.toHospital':
      return events('to_hospital');
    case 'outside.end':
      return [...facts.endStatus.entries()]
        .filter(([, e]) => e.status !== 'present' && (dims.code === undefined || e.status === dims.code))
        .map(([stayId, e]) => hit(stayId, e.since, e.status));
    case 'occupancy.peak': {
      const day = peakDay(facts);
      if (day === null) return [];
      const instant = vnDayStart(addDays(day, 1));
      return stays.filter((s) => onBooksAt(s.life, instant)).map((s) => hit(s.life.stayId, day));
    }
    case 'occupancy.bedDays':
      return stays.filter((s) => s.days > 0).map((s) => hit(s.life.stayId, null, null, s.days));
    default:
      return null;
  }
}
