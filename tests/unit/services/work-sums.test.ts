import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workFigures } from '../../../electron/services/work/figures';
import { openWorkWorld, type WorkWorld } from './work-fixture';

let w: WorkWorld;
let members: number[];
let products: number[];
beforeAll(() => {
  w = openWorkWorld();
  members = [w.member('Nguyễn Văn Hùng'), w.member('Lê Văn Tâm'), w.member('Phạm Văn An')];
  products = [w.productId, w.t.ok('products.create', { name: 'Bóc hạt điều', unit: 'kg', rateDong: 6000, validFrom: '2026-01-01' }, w.tokens.head).id];
});
afterAll(() => w.t.close());

interface Line {
  id: number;
  stay_id: number;
  work_on: string;
  product_id: number;
  quantity: number;
  hours: number;
  amount_dong: number;
  reverses_id: number | null;
}

/** The figures straight from the lines: a reversal and the line it cancels both drop out. */
function byHand(lines: Line[], from: string, to: string) {
  const reversed = new Set(lines.map((l) => l.reverses_id).filter((id) => id !== null));
  const effective = lines.filter((l) => l.reverses_id === null && !reversed.has(l.id) && l.work_on >= from && l.work_on <= to);
  const products = new Map<number, { quantity: number; amountDong: number }>();
  for (const l of effective) {
    const p = products.get(l.product_id) ?? { quantity: 0, amountDong: 0 };
    products.set(l.product_id, { quantity: p.quantity + l.quantity, amountDong: p.amountDong + l.amount_dong });
  }
  return {
    participants: new Set(effective.map((l) => l.stay_id)).size,
    workdays: new Set(effective.filter((l) => l.hours > 0).map((l) => `${l.stay_id}/${l.work_on}`)).size,
    hours: effective.reduce((a, l) => a + l.hours, 0),
    products: [...products].map(([productId, p]) => ({ productId, ...p })).sort((a, b) => a.productId - b.productId),
  };
}

const op = fc.oneof(
  fc.record({
    kind: fc.constant('line' as const),
    member: fc.nat(2),
    day: fc.integer({ min: 1, max: 20 }),
    product: fc.nat(1),
    quantity: fc.integer({ min: 0, max: 40 }).map((q) => q / 4),
    hours: fc.integer({ min: 1, max: 16 }).map((h) => h / 2),
  }),
  fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat(1000) }),
);

describe('the daily work sums the triggers keep', () => {
  it('equal the effective lines after any sequence of lines and reversals, for any range', () => {
    const sqlite = w.t.backend.database.sqlite;
    const insert = sqlite.prepare(
      `INSERT INTO work_lines (team_id, stay_id, work_on, product_id, quantity, hours, rate_dong, amount_dong, reverses_id, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, 1000, ?, ?, '2026-11-23T00:00:00.000Z')`,
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 19 }), (ops, first, length) => {
        w.rolledBack(() => {
          for (const o of ops) {
            if (o.kind === 'line') {
              const day = `2026-11-${String(o.day).padStart(2, '0')}`;
              insert.run(w.teamId, members[o.member], day, products[o.product], o.quantity, o.hours, Math.round(o.quantity * 1000), null);
              continue;
            }
            const open = sqlite.prepare('SELECT * FROM work_lines l WHERE reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM work_lines r WHERE r.reverses_id = l.id)').all() as Line[];
            const l = open[o.pick % Math.max(open.length, 1)];
            if (l) insert.run(w.teamId, l.stay_id, l.work_on, l.product_id, -l.quantity, -l.hours, -l.amount_dong, l.id);
          }
          const from = `2026-11-${String(first).padStart(2, '0')}`;
          const to = `2026-11-${String(Math.min(first + length, 30)).padStart(2, '0')}`;
          const expected = byHand(sqlite.prepare('SELECT * FROM work_lines').all() as Line[], from, to);
          const got = workFigures(sqlite, { from, to });
          expect({ participants: got.participants, workdays: got.workdays }).toEqual({ participants: expected.participants, workdays: expected.workdays });
          expect(got.hours).toBeCloseTo(expected.hours, 6);
          expect(got.products.map((p) => ({ productId: p.productId, quantity: p.quantity, amountDong: p.amountDong })).sort((a, b) => a.productId - b.productId)).toEqual(
            expected.products.map((p) => ({ ...p, quantity: Math.round(p.quantity * 1000) / 1000 })),
          );
        });
      }),
      { numRuns: 60 },
    );
  });
});
