import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { settlementItemView } from '../../../shared/contract/discharge';

export type SettlementItem = z.infer<typeof settlementItemView>;

/**
 * What must be returned at discharge: the belongings and valuables of the admission list (documents are papers of
 * the file, not returned items) and the items handed in since. Money handed in is settled through the deposit
 * ledger (issue 7), so it is not listed here.
 */
export function settlementItems(sqlite: Database.Database, stayId: number): SettlementItem[] {
  return sqlite
    .prepare(
      `SELECT 'handover' AS source, i.id AS itemId, i.kind, i.description, i.quantity, h.received_on AS receivedOn
       FROM handover_items i JOIN handover_records h ON h.id = i.handover_id
       WHERE h.stay_id = @stayId AND i.kind IN ('belonging', 'valuable')
       UNION ALL
       SELECT 'handed_in', id, kind, description, quantity, received_on
       FROM handed_in_items WHERE stay_id = @stayId AND kind = 'item'
       ORDER BY receivedOn, source DESC, itemId`,
    )
    .all({ stayId }) as SettlementItem[];
}
