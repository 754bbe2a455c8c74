import { handoverItems, handoverRecords, healthRecords, notices } from '../../../db/schema';
import type { AdmitInput } from '../../../shared/contract/admissions';
import type { Ctx } from '../../router/types';

/**
 * What is written down when the person arrives: the health record (sensitive: read only by the roles allowed)
 * and the handover record of Mẫu 40 with every document, belonging and valuable listed one by one.
 */
export function recordHealth(ctx: Ctx, personId: number, on: string, health: AdmitInput['health']): void {
  // A ticked box is a finding on arrival; an unticked one is "not known", not a negative test.
  const finding = (v: boolean) => (v ? true : null);
  const values = {
    personId,
    recordedOn: on,
    hiv: finding(health.hiv),
    tuberculosis: finding(health.tuberculosis),
    hepatitis: finding(health.hepatitis),
    mentalDisorder: finding(health.mentalDisorder),
    infectiousGroupAB: health.infectiousGroupAB,
    note: health.onArrival,
  };
  const row = ctx.db.insert(healthRecords).values(values).returning({ id: healthRecords.id }).get();
  ctx.audit({ entity: 'health_record', entityId: row.id, after: values });
}

export function recordHandover(ctx: Ctx, stayId: number, input: AdmitInput): number {
  const h = input.handover;
  const record = ctx.db
    .insert(handoverRecords)
    .values({
      stayId,
      receivedOn: h.receivedOn ?? input.broughtInOn,
      handedOverBy: h.handedOverBy,
      healthOnArrival: input.health.onArrival,
      note: h.note || null,
      recordedBy: ctx.user?.id ?? null,
    })
    .returning()
    .get();
  const items = h.items.map((i) => ({ handoverId: record.id, kind: i.kind, description: i.description, quantity: i.quantity, note: i.note || null }));
  if (items.length > 0) ctx.db.insert(handoverItems).values(items).run();
  ctx.audit({ entity: 'handover_record', entityId: record.id, after: { ...record, items } });
  return record.id;
}

/** A notice the facility owes by a date (e.g. the commune, within 5 working days of a voluntary admission). */
export function scheduleNotice(ctx: Ctx, stayId: number, notice: { kind: string; recipient: string; dueOn: string }): void {
  const row = ctx.db.insert(notices).values({ stayId, ...notice }).returning().get();
  ctx.audit({ entity: 'notice', entityId: row.id, after: row });
}
