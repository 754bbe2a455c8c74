import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedFrom, nextState, refusalMessage, replay, transitions } from '../../../shared/domain/movement-rules';
import { movementTypes, stayStates, type MovementType, type StayState } from '../../../shared/domain/vocabulary';

/** Any sequence the machine accepts, built by picking at each step one of the movements allowed there. */
const acceptedSequence = fc
  .array(fc.nat(), { maxLength: 30 })
  .map((picks) => {
    let state: StayState = 'present';
    const types: MovementType[] = [];
    for (const p of picks) {
      const allowed = allowedFrom(state);
      if (allowed.length === 0) break;
      const type = allowed[p % allowed.length] as MovementType;
      types.push(type);
      const next = nextState(state, type);
      if (next.ok) state = next.state;
    }
    return { types, state };
  });

describe('movement state machine', () => {
  it('a resident in hospital can come back, escape or be discharged, but not move bed', () => {
    expect(nextState('in_hospital', 'from_hospital')).toEqual({ ok: true, state: 'present' });
    expect(nextState('in_hospital', 'discharged')).toEqual({ ok: true, state: 'discharged' });
    const bed = nextState('in_hospital', 'bed_move');
    expect(bed.ok).toBe(false);
    if (!bed.ok) {
      expect(refusalMessage(bed.refusal)).toBe('Học viên đang nằm viện: chỉ có thể ghi trở về, bỏ trốn hoặc ra cơ sở, không thể chuyển giường.');
    }
  });

  it('from presence every absence, a bed move and the discharge are allowed; each return only from its own absence', () => {
    expect(allowedFrom('present').sort()).toEqual(['bed_move', 'discharged', 'escaped', 'funeral_leave', 'suspended', 'to_court', 'to_hospital']);
    expect(nextState('present', 'returned').ok).toBe(false);
    expect(nextState('in_hospital', 'funeral_return').ok).toBe(false);
    expect(nextState('on_leave', 'funeral_return')).toEqual({ ok: true, state: 'present' });
    expect(nextState('on_leave', 'discharged').ok).toBe(false);
    expect(nextState('at_court', 'from_court')).toEqual({ ok: true, state: 'present' });
    expect(nextState('at_court', 'discharged')).toEqual({ ok: true, state: 'discharged' });
    expect(nextState('escaped', 'returned')).toEqual({ ok: true, state: 'present' });
    expect(nextState('suspended', 'suspension_return')).toEqual({ ok: true, state: 'present' });
  });

  it('a discharged stay takes nothing more, and says so', () => {
    expect(allowedFrom('discharged')).toEqual([]);
    const r = nextState('discharged', 'returned');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(refusalMessage(r.refusal)).toBe('Học viên đã ra cơ sở: không thể ghi thêm diễn biến nào (trở lại sau bỏ trốn).');
  });

  it('replay names the first movement the machine refuses', () => {
    const moves = [{ type: 'admitted' }, { type: 'to_hospital' }, { type: 'bed_move' }, { type: 'from_hospital' }];
    const r = replay(moves);
    expect(r).toMatchObject({ ok: false, at: moves[2], refusal: { state: 'in_hospital', type: 'bed_move' } });
  });

  it('every transition leads to a known state', () => {
    for (const from of stayStates) for (const to of Object.values(transitions[from])) expect(stayStates).toContain(to);
  });

  it('property: replaying any accepted sequence ends in a defined state, the one the steps led to', () => {
    fc.assert(
      fc.property(acceptedSequence, ({ types, state }) => {
        const r = replay([{ type: 'admitted' }, ...types.map((type) => ({ type }))]);
        expect(r).toEqual({ ok: true, state });
        expect(stayStates).toContain(state);
      }),
    );
  });

  it('property: any movement outside the table is refused, whatever came before', () => {
    fc.assert(
      fc.property(acceptedSequence, fc.constantFrom(...movementTypes), ({ types, state }, extra) => {
        const r = replay([...types.map((type) => ({ type })), { type: extra }]);
        if (extra === 'admitted') return;
        expect(r.ok).toBe(allowedFrom(state).includes(extra as never));
      }),
    );
  });
});
