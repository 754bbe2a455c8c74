import { movements } from '../../../db/schema';
import type { MovementType } from '../../../shared/domain/vocabulary';
import type { Ctx } from '../../router/types';

export interface NewMovement {
  stayId: number;
  type: MovementType;
  /** Calendar date it happened (Vietnam); the instant is that day's start unless given. */
  occurredOn: string;
  occurredAt?: string;
  fromBedId?: number | null;
  toBedId?: number | null;
  reason?: string | null;
  documentNumber?: string | null;
  documentDate?: string | null;
  destination?: string | null;
  expectedReturnOn?: string | null;
  /** On a reversal: the row it cancels. */
  reversesId?: number | null;
  /** A placement the rules refused and the head allowed; `reason` then says why. */
  override?: boolean;
}

/** Start of a Vietnamese calendar day as a UTC instant (Vietnam is UTC+7 all year). */
export function vnDayStart(date: string): string {
  return new Date(`${date}T00:00:00+07:00`).toISOString();
}

/** Appends a movement with both the time it happened and the time it was recorded. */
export function appendMovement(ctx: Ctx, m: NewMovement): number {
  const row = ctx.db
    .insert(movements)
    .values({
      stayId: m.stayId,
      type: m.type,
      occurredOn: m.occurredOn,
      occurredAt: m.occurredAt ?? vnDayStart(m.occurredOn),
      recordedAt: ctx.now().toISOString(),
      fromBedId: m.fromBedId ?? null,
      toBedId: m.toBedId ?? null,
      reason: m.reason ?? null,
      documentNumber: m.documentNumber ?? null,
      documentDate: m.documentDate ?? null,
      destination: m.destination ?? null,
      expectedReturnOn: m.expectedReturnOn ?? null,
      reversesId: m.reversesId ?? null,
      override: m.override ?? false,
      recordedBy: ctx.user?.id ?? null,
    })
    .returning({ id: movements.id })
    .get();
  ctx.audit({ entity: 'movement', entityId: row.id, after: m, reason: m.reason ?? null });
  return row.id;
}
