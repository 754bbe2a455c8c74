import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { censusAt, vnInstantOf, type CensusFact } from '../../../shared/domain/census';
import { headcountOf } from '../../../shared/domain/roll-rules';

let nextId = 1;
const m = (stayId: number, type: string, occurredAt: string, extra: Partial<CensusFact> = {}): CensusFact => ({
  id: nextId++,
  stayId,
  type,
  occurredAt,
  occurredOn: occurredAt.slice(0, 10),
  reversesId: null,
  toBedId: null,
  ...extra,
});

describe('census from movements', () => {
  it('keeps the bed while away and follows each status', () => {
    const admitted = m(1, 'admitted', '2026-01-01T02:00:00.000Z', { toBedId: 10 });
    const hospital = m(1, 'to_hospital', '2026-02-01T02:00:00.000Z');
    const back = m(1, 'from_hospital', '2026-02-10T02:00:00.000Z');
    const facts = [admitted, hospital, back];
    expect(censusAt(facts, '2025-12-31T00:00:00.000Z')).toEqual([]);
    expect(censusAt(facts, '2026-01-15T00:00:00.000Z')[0]).toMatchObject({ status: 'present', bedId: 10 });
    expect(censusAt(facts, '2026-02-05T00:00:00.000Z')[0]).toMatchObject({ status: 'in_hospital', bedId: 10, movementId: hospital.id });
    expect(censusAt(facts, '2026-02-11T00:00:00.000Z')[0]).toMatchObject({ status: 'present', bedId: 10 });
  });

  it('drops a reversed movement and its reversal, even one recorded after the date asked about', () => {
    const admitted = m(2, 'admitted', '2026-01-01T02:00:00.000Z', { toBedId: 11 });
    const escape = m(2, 'escaped', '2026-03-01T22:00:00.000Z');
    const reversal = m(2, 'reversal', '2026-04-01T02:00:00.000Z', { reversesId: escape.id });
    expect(censusAt([admitted, escape], '2026-03-15T00:00:00.000Z')[0]?.status).toBe('escaped');
    expect(censusAt([admitted, escape, reversal], '2026-03-15T00:00:00.000Z')[0]?.status).toBe('present');
  });

  it('counts a late entry from when it happened, not when it was written', () => {
    const admitted = m(3, 'admitted', '2026-01-01T02:00:00.000Z', { toBedId: 12 });
    // Written down weeks later (a higher id), but the escape happened on 1 March.
    const late = m(3, 'escaped', '2026-03-01T20:00:00.000Z');
    const move = m(3, 'bed_move', '2026-02-01T02:00:00.000Z', { toBedId: 13 });
    const rows = censusAt([admitted, late, move], '2026-03-02T00:00:00.000Z');
    expect(rows[0]).toMatchObject({ status: 'escaped', bedId: 13 });
    expect(censusAt([admitted, late, move], '2026-02-15T00:00:00.000Z')[0]).toMatchObject({ status: 'present', bedId: 13 });
  });

  it('takes a discharged stay off the books from the discharge on', () => {
    const facts = [m(4, 'admitted', '2026-01-01T02:00:00.000Z', { toBedId: 14 }), m(4, 'discharged', '2026-06-01T02:00:00.000Z')];
    expect(censusAt(facts, '2026-05-31T00:00:00.000Z')).toHaveLength(1);
    expect(censusAt(facts, '2026-06-01T02:00:00.000Z')).toHaveLength(0);
  });

  it('places a roll time in Vietnam (UTC+7)', () => {
    expect(vnInstantOf('2026-11-23', '06:30')).toBe('2026-11-22T23:30:00.000Z');
  });
});

describe('headcount', () => {
  const status = fc.constantFrom('present', 'in_hospital', 'on_leave', 'at_court', 'escaped', 'suspended' as const);
  it('every status adds up to the residents on the books', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ status, roomId: fc.option(fc.integer({ min: 1, max: 4 })) })), (rows) => {
        const c = headcountOf(rows, new Map([[1, 2], [2, 3], [3, 0], [4, 5]]));
        expect(c.present + c.inHospital + c.onLeave + c.atCourt + c.escaped + c.suspended).toBe(c.onBooks);
        expect(c.onBooks).toBe(rows.length);
      }),
    );
  });

  it('counts residents above each room’s working capacity, away ones included', () => {
    const rows = [
      { status: 'present' as const, roomId: 1 },
      { status: 'in_hospital' as const, roomId: 1 },
      { status: 'present' as const, roomId: 1 },
      { status: 'present' as const, roomId: 2 },
    ];
    expect(headcountOf(rows, new Map([[1, 2], [2, 4]])).overCapacity).toBe(1);
  });
});
