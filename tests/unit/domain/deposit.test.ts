import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byDate,
  effectivePayout,
  firstNegative,
  newLineRefusal,
  reversalOf,
  reversalRefusal,
  standing,
  statementOf,
  sumOf,
  withRunningBalances,
  type LedgerLine,
} from '../../../shared/domain/deposit';

const line = (id: number, kind: LedgerLine['kind'], lineOn: string, amountDong: number, reversesId: number | null = null): LedgerLine => ({ id, kind, lineOn, amountDong, reversesId });

describe('running balances and statements', () => {
  const lines = [line(1, 'handed_in', '2026-11-05', 500_000), line(2, 'purchase', '2026-11-10', -120_000), line(3, 'earning', '2026-10-31', 300_000), line(4, 'withdrawal', '2026-11-20', -80_000)];

  it('gives each line the balance after it', () => {
    expect(withRunningBalances(lines).map((l) => l.balanceDong)).toEqual([500_000, 380_000, 680_000, 600_000]);
    expect(withRunningBalances([], 10)).toEqual([]);
  });

  it('orders a statement by date, then by recording', () => {
    expect([...lines].sort(byDate).map((l) => l.id)).toEqual([3, 1, 2, 4]);
  });

  it('opens with every line before the period and closes with its lines', () => {
    expect(statementOf(lines, '2026-11-06', '2026-11-15')).toEqual({
      openingDong: 800_000,
      creditsDong: 0,
      debitsDong: 120_000,
      closingDong: 680_000,
      lines: [{ ...lines[1], balanceDong: 680_000 }],
    });
    const all = statementOf(lines, '2026-10-01', '2026-11-30');
    expect(all).toMatchObject({ openingDong: 0, creditsDong: 800_000, debitsDong: 200_000, closingDong: 600_000 });
    expect(all.lines.map((l) => l.balanceDong)).toEqual([300_000, 800_000, 680_000, 600_000]);
    expect(statementOf(lines, '2026-12-01', '2026-12-31')).toEqual({ openingDong: 600_000, creditsDong: 0, debitsDong: 0, closingDong: 600_000, lines: [] });
  });

  it('finds the first line that takes a sequence below zero', () => {
    expect(firstNegative(lines)).toBeNull();
    expect(firstNegative([line(1, 'purchase', '2026-11-01', -1)])).toMatchObject({ index: 0, balanceDong: -1 });
    expect(firstNegative([line(1, 'purchase', '2026-11-01', -1)], 1)).toBeNull();
  });
});

describe('the rule for a new line', () => {
  const held = [line(1, 'handed_in', '2026-11-10', 200_000)];

  it('refuses a debit beyond the balance with the balance in the message', () => {
    expect(newLineRefusal(held, { kind: 'purchase', lineOn: '2026-11-20', amountDong: -200_001, reversesId: null })?.message).toBe('Số dư lưu ký không đủ: còn 200.000 đ.');
    expect(newLineRefusal(held, { kind: 'purchase', lineOn: '2026-11-20', amountDong: -200_000, reversesId: null })).toBeNull();
  });

  it('refuses a debit dated before the money was there', () => {
    expect(newLineRefusal(held, { kind: 'purchase', lineOn: '2026-11-05', amountDong: -50_000, reversesId: null })?.message).toBe(
      'Số dư lưu ký ngày 05/11/2026 không đủ: khi đó còn 0 đ.',
    );
  });

  it('closes the account at the payout, except to reverse it', () => {
    const paid = [...held, line(2, 'payout', '2026-11-23', -200_000)];
    expect(effectivePayout(paid)?.id).toBe(2);
    expect(newLineRefusal(paid, { kind: 'handed_in', lineOn: '2026-11-23', amountDong: 1, reversesId: null })).toMatchObject({ closed: true });
    expect(newLineRefusal(paid, reversalOf(paid[1] as LedgerLine, '2026-11-24'))).toBeNull();
    const reopened = [...paid, line(3, 'reversal', '2026-11-24', 200_000, 2)];
    expect(effectivePayout(reopened)).toBeNull();
    expect(sumOf(reopened)).toBe(200_000);
    // A purchase dated before the payout undone is judged on the money held, not on the payout.
    expect(newLineRefusal(reopened, { kind: 'purchase', lineOn: '2026-11-20', amountDong: -150_000, reversesId: null })).toBeNull();
  });

  it('refuses to cancel a credit a later-dated debit needed', () => {
    const lines = [line(1, 'handed_in', '2026-11-01', 100), line(2, 'purchase', '2026-11-05', -100), line(3, 'handed_in', '2026-11-10', 100)];
    expect(newLineRefusal(lines, reversalOf(lines[0] as LedgerLine, '2026-11-23'))?.message).toBe('Số dư lưu ký ngày 05/11/2026 không đủ: khi đó còn 0 đ.');
    expect(newLineRefusal(lines, reversalOf(lines[2] as LedgerLine, '2026-11-23'))).toBeNull();
  });

  it('cancels neither a reversal, a line cancelled, an earning nor the payout', () => {
    const lines = [line(1, 'handed_in', '2026-11-10', 5), line(2, 'purchase', '2026-11-10', -2), line(3, 'reversal', '2026-11-11', 2, 2), line(4, 'earning', '2026-11-12', 7), line(5, 'payout', '2026-11-13', -12)];
    expect(reversalRefusal(lines, lines[2] as LedgerLine)).toMatch(/dòng hủy/);
    expect(reversalRefusal(lines, lines[1] as LedgerLine)).toBe('Dòng này đã được hủy.');
    expect(reversalRefusal(lines, lines[3] as LedgerLine)).toMatch(/sửa sản lượng/);
    expect(reversalRefusal(lines, lines[4] as LedgerLine)).toMatch(/hủy việc ra cơ sở/);
    expect(reversalRefusal(lines, lines[0] as LedgerLine)).toBeNull();
  });
});

/** Operations an officer (or the pay run, or the discharge) may attempt, each applied through the same rule. */
type Op =
  | { op: 'credit'; kind: 'handed_in' | 'earning'; day: number; amount: number }
  | { op: 'debit'; kind: 'purchase' | 'withdrawal'; day: number; amount: number }
  | { op: 'reverse'; pick: number; day: number }
  | { op: 'payout'; day: number };

const dayOf = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('credit' as const), kind: fc.constantFrom('handed_in' as const, 'earning' as const), day: fc.integer({ min: 1, max: 30 }), amount: fc.integer({ min: 1, max: 1_000_000 }) }),
  fc.record({ op: fc.constant('debit' as const), kind: fc.constantFrom('purchase' as const, 'withdrawal' as const), day: fc.integer({ min: 1, max: 30 }), amount: fc.integer({ min: 1, max: 1_000_000 }) }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat(), day: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('payout' as const), day: fc.integer({ min: 1, max: 30 }) }),
);

/** Applies an operation as the back end does: the rules decide, a refused operation writes nothing. */
function apply(lines: LedgerLine[], op: Op): LedgerLine[] {
  let next: Omit<LedgerLine, 'id'>;
  if (op.op === 'credit') next = { kind: op.kind, lineOn: dayOf(op.day), amountDong: op.amount, reversesId: null };
  else if (op.op === 'debit') next = { kind: op.kind, lineOn: dayOf(op.day), amountDong: -op.amount, reversesId: null };
  else if (op.op === 'payout') {
    const last = lines.reduce((d, l) => (l.lineOn > d ? l.lineOn : d), dayOf(op.day));
    next = { kind: 'payout', lineOn: last, amountDong: 0 - sumOf(lines), reversesId: null };
  } else {
    if (lines.length === 0) return lines;
    const target = lines[op.pick % lines.length] as LedgerLine;
    // The payout is reversed by undoing the discharge: the same rule, reached another way.
    if (target.kind !== 'payout' && reversalRefusal(lines, target)) return lines;
    if (target.kind === 'payout' && effectivePayout(lines)?.id !== target.id) return lines;
    next = reversalOf(target, dayOf(op.day));
  }
  if (newLineRefusal(lines, next)) return lines;
  return [...lines, { ...next, id: lines.length + 1 }];
}

describe('the ledger under any sequence of operations', () => {
  it('never goes below zero, in recording or date order, and its balance is the sum of its lines', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        let lines: LedgerLine[] = [];
        for (const op of ops) {
          lines = apply(lines, op);
          const running = withRunningBalances(lines);
          expect(running.every((l) => l.balanceDong >= 0)).toBe(true);
          expect(firstNegative(standing(lines).sort(byDate))).toBeNull();
          expect(running.at(-1)?.balanceDong ?? 0).toBe(sumOf(lines));
          // At most one payout is in force, and a closed account holds nothing.
          if (effectivePayout(lines)) expect(sumOf(lines)).toBe(0);
          // A line is cancelled at most once.
          const reversed = lines.filter((l) => l.reversesId !== null).map((l) => l.reversesId);
          expect(new Set(reversed).size).toBe(reversed.length);
        }
        const s = statementOf(lines, '2026-11-10', '2026-11-20');
        expect(s.closingDong).toBe(s.openingDong + sumOf(s.lines));
      }),
      { numRuns: 300 },
    );
  });
});
