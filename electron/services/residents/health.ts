import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { healthView } from '../../../shared/contract/residents-profile';
import { roleAllows } from '../../../shared/contract/roles';
import type { Ctx } from '../../router/types';

type HealthView = z.input<typeof healthView>;

interface HealthRow {
  recordedOn: string;
  hiv: number | null;
  tuberculosis: number | null;
  hepatitis: number | null;
  mentalDisorder: number | null;
  infectiousGroupAB: number | null;
  note: string | null;
}

const flag = (v: number | null) => (v === null ? null : v === 1);

/**
 * The health section of a profile. It is read only for a role allowed to see health data (NĐ 116 Điều 4);
 * for any other role nothing is even queried, so no health value can leave the back end.
 */
export function healthFor(ctx: Ctx, personId: number, stayId: number): HealthView {
  if (!ctx.user || !roleAllows(ctx.user.role, 'health.read')) return { visible: false };
  return { visible: true, onArrival: onArrival(ctx.sqlite, stayId), records: records(ctx.sqlite, personId) };
}

function onArrival(sqlite: Database.Database, stayId: number): string | null {
  const row = sqlite
    .prepare('SELECT health_on_arrival AS text FROM handover_records WHERE stay_id = ? ORDER BY id DESC LIMIT 1')
    .get(stayId) as { text: string } | undefined;
  return row?.text ?? null;
}

function records(sqlite: Database.Database, personId: number) {
  const rows = sqlite
    .prepare(
      `SELECT recorded_on AS recordedOn, hiv, tuberculosis, hepatitis, mental_disorder AS mentalDisorder,
              infectious_group_ab AS infectiousGroupAB, note
       FROM health_records WHERE person_id = ? ORDER BY recorded_on DESC, id DESC`,
    )
    .all(personId) as HealthRow[];
  return rows.map((r) => ({
    recordedOn: r.recordedOn,
    hiv: flag(r.hiv),
    tuberculosis: flag(r.tuberculosis),
    hepatitis: flag(r.hepatitis),
    mentalDisorder: flag(r.mentalDisorder),
    infectiousGroupAB: flag(r.infectiousGroupAB),
    note: r.note,
  }));
}
