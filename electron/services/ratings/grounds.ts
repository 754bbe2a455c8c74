import type Database from 'better-sqlite3';
import type { MethodInput } from '../../../shared/contract';
import { roleAllows } from '../../../shared/contract/roles';
import type { ExemptionGround } from '../../../shared/domain/vocabulary';
import type { Ctx } from '../../router/types';
import { checkStayDay, openStay } from './stay';

/** Illness and pregnancy are health data (NĐ 116 Điều 4); a prison sentence is not. */
export const healthGrounds: readonly ExemptionGround[] = ['serious_illness', 'pregnancy'];

export const canReadHealth = (ctx: Ctx): boolean => ctx.user !== null && roleAllows(ctx.user.role, 'health.read');

export interface GroundRow {
  id: number;
  ground: ExemptionGround;
  recordedOn: string;
  documentNumber: string | null;
  note: string | null;
}

export function groundsOf(sqlite: Database.Database, stayId: number, on: string): GroundRow[] {
  return sqlite
    .prepare(
      `SELECT id, ground, recorded_on AS recordedOn, document_number AS documentNumber, note
       FROM exemption_grounds WHERE stay_id = ? AND recorded_on <= ? ORDER BY recorded_on, id`,
    )
    .all(stayId, on) as GroundRow[];
}

/** A ground as a role may see it: a health ground and its note are hidden without health.read. */
export function maskGround(ctx: Ctx, g: GroundRow): Omit<GroundRow, 'ground'> & { ground: ExemptionGround | null } {
  return healthGrounds.includes(g.ground) && !canReadHealth(ctx) ? { ...g, ground: null, note: null } : g;
}

export function recordMerit(ctx: Ctx, input: MethodInput<'release.recordMerit'>): { id: number } {
  const stay = openStay(ctx.sqlite, input.stayId);
  checkStayDay(stay, input.actOn, ctx.today(), 'Ngày lập công', 'actOn');
  const row = { stayId: stay.id, actOn: input.actOn, description: input.description, documentNumber: input.documentNumber?.trim() || null };
  const id = Number(
    ctx.sqlite
      .prepare('INSERT INTO merit_acts (stay_id, act_on, description, document_number, recorded_by) VALUES (?, ?, ?, ?, ?)')
      .run(row.stayId, row.actOn, row.description, row.documentNumber, ctx.user?.id ?? null).lastInsertRowid,
  );
  ctx.audit({ entity: 'merit_act', entityId: id, after: row });
  return { id };
}

export function recordGround(ctx: Ctx, input: MethodInput<'release.recordGround'>): { id: number } {
  const stay = openStay(ctx.sqlite, input.stayId);
  checkStayDay(stay, input.recordedOn, ctx.today(), 'Ngày ghi nhận', 'recordedOn');
  const row = { stayId: stay.id, ground: input.ground, recordedOn: input.recordedOn, documentNumber: input.documentNumber, note: input.note?.trim() || null };
  const id = Number(
    ctx.sqlite
      .prepare('INSERT INTO exemption_grounds (stay_id, ground, recorded_on, document_number, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(row.stayId, row.ground, row.recordedOn, row.documentNumber, row.note, ctx.user?.id ?? null).lastInsertRowid,
  );
  ctx.audit({ entity: 'exemption_ground', entityId: id, after: row });
  return { id };
}
