import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/dates';
import type { StayKind } from '../../../shared/domain/vocabulary';
import { areaBeds, bedAreas } from './charts';
import { columnFacts } from './column';
import { capacities } from './engine';
import { loadRegister } from './register';

/** Who is on the books today by area (null: no bed) and kind, present or away, and the last 30 days' census. */
export function overview(sqlite: Database.Database, today: string): MethodOutput<'reports.overview'> {
  const range = { from: addDays(today, -29), to: today };
  const facts = columnFacts(sqlite, loadRegister(sqlite, range), range);
  const { designCapacity } = capacities(sqlite);
  const areaOf = bedAreas(sqlite);
  const kindOf = new Map(facts.stays.map((s) => [s.life.stayId, s.life.kind]));
  const cells = new Map<string, { areaId: number | null; kind: StayKind; present: number; away: number }>();
  for (const [stayId, e] of facts.endStatus) {
    const kind = kindOf.get(stayId);
    if (!kind) continue;
    const areaId = (e.bedId === null ? undefined : areaOf.get(e.bedId)) ?? null;
    const k = `${areaId}|${kind}`;
    const cell = cells.get(k) ?? { areaId, kind, present: 0, away: 0 };
    if (e.status === 'present') cell.present++;
    else cell.away++;
    cells.set(k, cell);
  }
  return {
    date: today,
    designCapacity,
    cells: [...cells.values()].sort((a, b) => (a.areaId ?? Infinity) - (b.areaId ?? Infinity) || a.kind.localeCompare(b.kind)),
    areas: areaBeds(sqlite),
    daily: facts.daily.map((d) => ({ ...d, designCapacity })),
  };
}
