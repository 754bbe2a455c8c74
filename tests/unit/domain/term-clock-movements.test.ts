import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { allowedFrom, nextState } from '../../../shared/domain/movement-rules';
import { escapePeriods, type MovementFact } from '../../../shared/domain/movements';
import { computeTermClock, type TermInput } from '../../../shared/domain/term-clock';
import type { MovementType, StayState } from '../../../shared/domain/vocabulary';

const ADMITTED = '2026-01-10';

/**
 * A stay's movements as the state machine lets them happen: at each step one of the movements allowed from the
 * current state (never the discharge, so the clock keeps running), a random number of days after the last.
 */
const validMovements = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 40 })), { maxLength: 25 }).map((steps) => {
  let state: StayState = 'present';
  let day = ADMITTED;
  const moves: MovementFact[] = [{ id: 1, type: 'admitted', occurredOn: day, occurredAt: `${day}T00:00:00.000Z`, reversesId: null }];
  for (const [pick, gap] of steps) {
    const allowed = allowedFrom(state).filter((t) => t !== 'discharged');
    const type = allowed[pick % allowed.length] as MovementType;
    day = addDays(day, gap);
    moves.push({ id: moves.length + 1, type, occurredOn: day, occurredAt: `${day}T0${moves.length % 10}:00:00.000Z`, reversesId: null });
    const next = nextState(state, type);
    if (next.ok) state = next.state;
  }
  return moves;
});

const clockInput = fc.record({
  termMonths: fc.integer({ min: 3, max: 24 }),
  heldDaysDeducted: fc.integer({ min: 0, max: 60 }),
  asOfOffset: fc.integer({ min: 0, max: 900 }),
});

function clockOf(moves: MovementFact[], c: { termMonths: number; heldDaysDeducted: number; asOfOffset: number }) {
  const input: TermInput = {
    admittedOn: ADMITTED,
    termMonths: c.termMonths,
    heldDaysDeducted: c.heldDaysDeducted,
    escapes: escapePeriods(moves),
    reductions: [],
    asOf: addDays(ADMITTED, c.asOfOffset),
    noticeDays: 15,
  };
  return computeTermClock(input);
}

/** The movements without one escape and the return that ended it. */
function withoutEscape(moves: MovementFact[], escape: MovementFact): MovementFact[] {
  const i = moves.indexOf(escape);
  const returnIndex = moves.findIndex((m, j) => j > i && m.type === 'returned');
  return moves.filter((_, j) => j !== i && j !== returnIndex);
}

describe('term clock over movements the state machine allows', () => {
  it('a hospital stay and a funeral leave count as served: the release date does not move', () => {
    const moves: MovementFact[] = [
      { id: 1, type: 'admitted', occurredOn: ADMITTED, occurredAt: `${ADMITTED}T00:00:00Z`, reversesId: null },
      { id: 2, type: 'to_hospital', occurredOn: '2026-02-01', occurredAt: '2026-02-01T02:00:00Z', reversesId: null },
      { id: 3, type: 'from_hospital', occurredOn: '2026-02-20', occurredAt: '2026-02-20T02:00:00Z', reversesId: null },
      { id: 4, type: 'funeral_leave', occurredOn: '2026-03-01', occurredAt: '2026-03-01T02:00:00Z', reversesId: null },
      { id: 5, type: 'funeral_return', occurredOn: '2026-03-06', occurredAt: '2026-03-06T02:00:00Z', reversesId: null },
    ];
    const c = clockOf(moves, { termMonths: 12, heldDaysDeducted: 0, asOfOffset: 100 });
    expect(c.releaseDate).toBe('2027-01-10');
    expect(c.daysNotCounted).toBe(0);
    expect(c.daysServed).toBe(100);
  });

  it('an escape from hospital, returned 12 days later, moves the release 12 days and is listed with its dates', () => {
    const moves: MovementFact[] = [
      { id: 1, type: 'admitted', occurredOn: ADMITTED, occurredAt: `${ADMITTED}T00:00:00Z`, reversesId: null },
      { id: 2, type: 'to_hospital', occurredOn: '2026-02-01', occurredAt: '2026-02-01T02:00:00Z', reversesId: null },
      { id: 3, type: 'escaped', occurredOn: '2026-02-03', occurredAt: '2026-02-03T02:00:00Z', reversesId: null },
      { id: 4, type: 'returned', occurredOn: '2026-02-15', occurredAt: '2026-02-15T02:00:00Z', reversesId: null },
    ];
    const c = clockOf(moves, { termMonths: 12, heldDaysDeducted: 0, asOfOffset: 100 });
    expect(c.releaseDate).toBe('2027-01-22');
    expect(c.adjustments).toEqual([{ kind: 'escape', days: 12, from: '2026-02-03', to: '2026-02-15' }]);
  });

  it('property: while the stay runs, days served + remaining + not counted = admission to release + held days', () => {
    fc.assert(
      fc.property(validMovements, clockInput, (moves, c) => {
        const clock = clockOf(moves, c);
        const asOf = addDays(ADMITTED, c.asOfOffset);
        fc.pre(asOf <= clock.releaseDate && clock.daysServed >= c.heldDaysDeducted);
        expect(clock.daysServed + clock.daysRemaining + clock.daysNotCounted).toBe(
          daysBetween(ADMITTED, clock.releaseDate) + c.heldDaysDeducted,
        );
        expect(clock.daysServed + clock.daysRemaining).toBe(clock.termDays);
      }),
    );
  });

  it('property: an escape never moves the release date earlier than the same movements without it', () => {
    fc.assert(
      fc.property(validMovements, clockInput, (moves, c) => {
        const with_ = clockOf(moves, c);
        for (const escape of moves.filter((m) => m.type === 'escaped')) {
          expect(with_.releaseDate >= clockOf(withoutEscape(moves, escape), c).releaseDate).toBe(true);
        }
      }),
    );
  });

  it('property: hospital and funeral movements never change the clock (those days count)', () => {
    const counted = new Set(['to_hospital', 'from_hospital', 'funeral_leave', 'funeral_return']);
    fc.assert(
      fc.property(validMovements, clockInput, (moves, c) => {
        expect(clockOf(moves, c)).toEqual(clockOf(moves.filter((m) => !counted.has(m.type)), c));
      }),
    );
  });
});
