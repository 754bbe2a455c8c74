import { afterEach, describe, expect, it } from 'vitest';
import { count } from './test-backend';
import { openBedsWorld, seedResident, type BedsWorld } from './beds-fixture';

let w: BedsWorld;
afterEach(() => w?.t.close());

const key = (w: BedsWorld) => ({ areaId: w.areaA, date: '2026-11-23', slot: 'morning' });

/** Three residents of area A admitted in October, one of them sent to hospital before the roll. */
function world() {
  w = openBedsWorld();
  const [a, b, c] = ['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Văn Cường'].map((fullName, i) => seedResident(w.t, { fullName, bedId: w.bedsA[i]! }));
  w.t.backend.database.sqlite
    .prepare(`INSERT INTO movements (stay_id, type, occurred_at, occurred_on, recorded_at, reason) VALUES (?, 'to_hospital', '2026-11-20T03:00:00.000Z', '2026-11-20', '2026-11-20T03:00:00.000Z', 'Bệnh viện tỉnh')`)
    .run(c);
  return { a: a!, b: b!, c: c! };
}

describe('roll', () => {
  it('expects everyone with a bed in the area, the hospitalised one away with the movement', () => {
    const { c } = world();
    const r = w.t.ok('roll.expected', key(w), w.officer);
    expect(r.roll).toBeNull();
    expect(r.instant).toBe('2026-11-22T23:30:00.000Z');
    expect(r.entries.map((e) => [e.fullName, e.status])).toEqual([
      ['Nguyễn Văn An', 'present'],
      ['Trần Văn Bình', 'present'],
      ['Lê Văn Cường', 'away'],
    ]);
    expect(r.entries.find((e) => e.stayId === c)).toMatchObject({ awayStatus: 'in_hospital', movement: { type: 'to_hospital', reason: 'Bệnh viện tỉnh' } });
  });

  it('refuses an unexplained absence and writes nothing', () => {
    const { a, b, c } = world();
    const r = w.t.call('roll.save', { ...key(w), entries: [{ stayId: a, status: 'absent' }, { stayId: b, status: 'present' }, { stayId: c, status: 'away' }] }, w.officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Nguyễn Văn An: Vắng mặt: ghi lý do.' } });
    expect(count(w.t, 'rolls')).toBe(0);
  });

  it('saves once, then the roll is frozen; an amendment with a reason sits beside the original', () => {
    const { a, b, c } = world();
    const entries = [{ stayId: a, status: 'absent', reason: 'Lao động tại xưởng' }, { stayId: b, status: 'present' }, { stayId: c, status: 'away' }];
    const saved = w.t.ok('roll.save', { ...key(w), entries }, w.officer);
    expect(saved).toMatchObject({ expectedCount: 3, presentCount: 1, escapes: 0 });
    const again = w.t.call('roll.save', { ...key(w), entries }, w.officer);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(w.t.call('roll.amend', { rollId: saved.rollId, stayId: a, toStatus: 'present', reason: '' }, w.officer)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    w.t.ok('roll.amend', { rollId: saved.rollId, stayId: a, toStatus: 'present', reason: 'Đã có mặt, đếm sót' }, w.officer);
    const frozen = w.t.ok('roll.expected', key(w), w.officer);
    expect(frozen.roll).toMatchObject({ id: saved.rollId, presentCount: 1 });
    const an = frozen.entries.find((e) => e.stayId === a);
    expect(an).toMatchObject({ status: 'absent', reason: 'Lao động tại xưởng', amendments: [{ fromStatus: 'absent', toStatus: 'present', reason: 'Đã có mặt, đếm sót' }] });
    expect(w.t.call('roll.amend', { rollId: saved.rollId, stayId: c, toStatus: 'present', reason: 'Về rồi' }, w.officer)).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
  });

  it('turns an absence into an escape: the stay is escaped from the roll on, in the census too', () => {
    const { a, b, c } = world();
    const entries = [
      { stayId: a, status: 'escaped', searchDecisionNumber: '15/QĐ-CSCN', searchDecisionDate: '2026-11-23' },
      { stayId: b, status: 'present' },
      { stayId: c, status: 'away' },
    ];
    expect(w.t.ok('roll.save', { ...key(w), entries }, w.officer)).toMatchObject({ escapes: 1 });
    const m = w.t.backend.database.sqlite.prepare("SELECT document_number AS n, occurred_at AS at FROM movements WHERE stay_id = ? AND type = 'escaped'").get(a);
    expect(m).toEqual({ n: '15/QĐ-CSCN', at: '2026-11-22T23:30:00.000Z' });
    const stay = w.t.backend.database.sqlite.prepare('SELECT state FROM stays WHERE id = ?').get(a);
    expect(stay).toEqual({ state: 'escaped' });
    const census = w.t.ok('census.asOf', { date: '2026-11-23', areaId: w.areaA }, w.officer);
    expect(census.rows.find((r) => r.stayId === a)?.status).toBe('escaped');
    expect(w.t.ok('census.asOf', { date: '2026-11-22', areaId: w.areaA }, w.officer).rows.find((r) => r.stayId === a)?.status).toBe('present');
  });

  it('headcount numbers add up to the residents on the books, per area and for the facility', () => {
    world();
    const h = w.t.ok('roll.headcount', { date: '2026-11-23', time: '12:00' }, w.officer);
    const sum = (c: typeof h.facility) => c.present + c.inHospital + c.onLeave + c.atCourt + c.escaped + c.suspended;
    expect(h.facility).toMatchObject({ onBooks: 3, present: 2, inHospital: 1 });
    expect(sum(h.facility)).toBe(h.facility.onBooks);
    expect(h.areas.reduce((n, a) => n + a.counts.onBooks, 0)).toBe(h.facility.onBooks);
  });
});
