import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { MethodOutput } from '../../../shared/contract';
import type { depositLineView, valuableView } from '../../../shared/contract/deposit';
import { effectivePayout, statementOf, sumOf, withRunningBalances } from '../../../shared/domain/deposit';
import type { DepositKind } from '../../../shared/domain/vocabulary';
import { loadStay } from '../discharge/stay';

type LineView = z.infer<typeof depositLineView>;
type ValuableView = z.infer<typeof valuableView>;

interface LineRow {
  id: number;
  kind: DepositKind;
  lineOn: string;
  amountDong: number;
  description: string;
  source: string | null;
  recordedBy: string | null;
  recordedAt: string;
  reversesId: number | null;
}

/** A stay's lines in the order they were recorded, with who recorded each. */
function lineRows(sqlite: Database.Database, stayId: number): LineRow[] {
  return sqlite
    .prepare(
      `SELECT l.id, l.kind, l.line_on AS lineOn, l.amount_dong AS amountDong, l.description, l.source, u.full_name AS recordedBy,
              l.recorded_at AS recordedAt, l.reverses_id AS reversesId
       FROM deposit_lines l LEFT JOIN users u ON u.id = l.recorded_by WHERE l.stay_id = ? ORDER BY l.id`,
    )
    .all(stayId) as LineRow[];
}

/** Lines with the reversal's reason and time on each cancelled line (the reversal line's description is its reason). */
function withReversals(rows: LineRow[]): (LineRow & { reversed: LineView['reversed'] })[] {
  const reversals = new Map(rows.filter((r) => r.reversesId !== null).map((r) => [r.reversesId, r]));
  return rows.map((r) => {
    const rev = reversals.get(r.id);
    return { ...r, reversed: rev ? { reason: rev.description, at: rev.recordedAt } : null };
  });
}

/** The valuables held: the admission list's valuables and the items handed in since, with their return at the current discharge. */
function valuables(sqlite: Database.Database, stayId: number): ValuableView[] {
  const held = sqlite
    .prepare(
      `SELECT 'handover' AS source, i.id AS itemId, i.description, i.quantity, h.received_on AS receivedOn
       FROM handover_items i JOIN handover_records h ON h.id = i.handover_id
       WHERE h.stay_id = @stayId AND i.kind = 'valuable'
       UNION ALL
       SELECT 'handed_in', id, description, quantity, received_on FROM handed_in_items WHERE stay_id = @stayId AND kind = 'item'
       ORDER BY receivedOn, source DESC, itemId`,
    )
    .all({ stayId }) as (Omit<ValuableView, 'returnedOn'> & { itemId: number })[];
  const discharge = sqlite
    .prepare('SELECT discharged_on AS on_, settlement_json AS json FROM discharges WHERE stay_id = ? AND undone_at IS NULL')
    .get(stayId) as { on_: string; json: string } | undefined;
  const returned = new Set<string>();
  if (discharge) {
    const settlement = JSON.parse(discharge.json) as { items?: { source?: string; itemId?: number; returned?: boolean }[] };
    for (const i of settlement.items ?? []) if (i.returned) returned.add(`${i.source}:${i.itemId}`);
  }
  return held.map(({ itemId, ...v }) => ({ ...v, returnedOn: discharge && returned.has(`${v.source}:${itemId}`) ? discharge.on_ : null }));
}

function view(r: LineRow & { reversed: LineView['reversed']; balanceDong: number }): LineView {
  return {
    id: r.id,
    kind: r.kind,
    lineOn: r.lineOn,
    amountDong: r.amountDong,
    balanceDong: r.balanceDong,
    description: r.description,
    source: r.source,
    recordedBy: r.recordedBy,
    recordedAt: r.recordedAt,
    reversed: r.reversed,
    reversesId: r.reversesId,
  };
}

export function depositAccount(sqlite: Database.Database, stayId: number): MethodOutput<'deposit.account'> {
  const stay = loadStay(sqlite, stayId);
  const rows = withReversals(lineRows(sqlite, stay.id));
  return {
    balanceDong: sumOf(rows),
    closed: effectivePayout(rows) !== null,
    lines: withRunningBalances(rows).map(view),
    valuables: valuables(sqlite, stay.id),
  };
}

export function depositStatement(sqlite: Database.Database, input: { stayId: number; from: string; to: string }): MethodOutput<'deposit.statement'> {
  const stay = loadStay(sqlite, input.stayId);
  const s = statementOf(withReversals(lineRows(sqlite, stay.id)), input.from, input.to);
  return { fullName: stay.fullName, fileNumber: stay.fileNumber, ...s, lines: s.lines.map(view) };
}
