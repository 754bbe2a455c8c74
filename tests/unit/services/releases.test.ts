import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/errors';
import { openDischargeWorld, type DischargeWorld } from './discharge-fixture';

let w: DischargeWorld;
afterEach(() => w?.t.close());

const errorOf = (r: Envelope<unknown>) => (r.ok ? null : r.error);
const owed = (recipient: string, dueOn: string, late: boolean) => ({ id: null, kind: 'release', recipient, dueOn, sentOn: null, reference: null, late });

/** Today is 23/11/2026. */
function world() {
  w = openDischargeWorld();
  return {
    inTen: w.admit({ broughtInOn: '2025-12-03', termMonths: 12 }).stayId, // releases 03/12/2026
    voluntary: w.admit({ kind: 'voluntary', broughtInOn: '2026-06-12', termMonths: 6 }).stayId, // 12/12/2026
    inForty: w.admit({ broughtInOn: '2026-01-02', termMonths: 12 }).stayId, // 02/01/2027
    far: w.admit({ broughtInOn: '2026-11-10', termMonths: 18 }).stayId,
    gone: w.admit().stayId,
  };
}

describe('upcoming releases', () => {
  it('lists a stay releasing in 10 days with its notice due 15 days before, to the court, the commune and the family', () => {
    const s = world();
    w.discharge(s.gone, 'completed');
    const rows = w.t.ok('releases.upcoming', {}, w.token).rows;
    expect(rows.map((r) => r.stayId)).toEqual([s.inTen, s.voluntary]);
    expect(rows[0]).toMatchObject({ releaseDate: '2026-12-03', noticeDueOn: '2026-11-18', daysLeft: 10, kind: 'compulsory_adult', state: 'present' });
    expect(rows[0]?.notices).toEqual([owed('court', '2026-11-18', true), owed('commune', '2026-11-18', true), owed('family', '2026-11-18', true)]);
    // A voluntary stay has no court to tell.
    expect(rows[1]?.notices).toEqual([owed('commune', '2026-11-27', false), owed('family', '2026-11-27', false)]);
    expect(w.t.ok('releases.upcoming', { days: 60 }, w.token).rows.map((r) => r.stayId)).toEqual([s.inTen, s.voluntary, s.inForty]);
  });

  it('marks a release notice sent: recorded with the due date in force, late when sent after it', () => {
    const s = world();
    const sent = w.t.ok('notices.markSent', { stayId: s.inTen, kind: 'release', recipient: 'court', sentOn: '2026-11-20', reference: '101/TB-CS' }, w.token);
    expect(sent).toEqual({ id: expect.any(Number), late: true });
    const onTime = w.t.ok('notices.markSent', { stayId: s.voluntary, kind: 'release', recipient: 'family', sentOn: '2026-11-23' }, w.token);
    expect(onTime.late).toBe(false);

    const notices = w.t.ok('releases.upcoming', {}, w.token).rows[0]?.notices;
    expect(notices?.[0]).toEqual({ id: sent.id, kind: 'release', recipient: 'court', dueOn: '2026-11-18', sentOn: '2026-11-20', reference: '101/TB-CS', late: true });
    expect(w.row('SELECT sent_by AS by FROM notices WHERE id = ?', sent.id)).toEqual({ by: 1 });

    expect(errorOf(w.t.call('notices.markSent', { stayId: s.inTen, kind: 'release', recipient: 'court', sentOn: '2026-11-21' }, w.token))).toMatchObject({
      code: 'conflict',
      message: 'Thông báo này đã gửi Tòa án ngày 20/11/2026.',
    });
    expect(errorOf(w.t.call('notices.markSent', { stayId: s.voluntary, kind: 'release', recipient: 'court', sentOn: '2026-11-21' }, w.token))?.code).toBe(
      'rule_violation',
    );
    expect(errorOf(w.t.call('notices.markSent', { stayId: s.inTen, kind: 'release', recipient: 'family', sentOn: '2026-11-24' }, w.token))?.field).toBe('sentOn');
    expect(errorOf(w.t.call('notices.markSent', { stayId: s.inTen, kind: 'death', recipient: 'family', sentOn: '2026-11-23' }, w.token))?.code).toBe('not_found');
    expect(errorOf(w.t.call('notices.markSent', { stayId: 999, kind: 'release', recipient: 'family', sentOn: '2026-11-23' }, w.token))?.code).toBe('not_found');
  });
});

describe('notices pending', () => {
  it('lists scheduled notices and the release notices coming due within 30 days, soonest first, overdue marked', () => {
    const s = world();
    w.t.ok('notices.markSent', { stayId: s.inTen, kind: 'release', recipient: 'family', sentOn: '2026-11-20' }, w.token);
    const pending = w.t.ok('notices.pending', {}, w.token).notices;
    expect(pending.map((n) => [n.stayId, n.kind, n.recipient, n.dueOn, n.late])).toEqual([
      // The commune notice of the voluntary admission (5 working days after 12/06/2026), never sent.
      [s.voluntary, 'voluntary_admission', 'commune', '2026-06-19', true],
      // Past its release date and still here: every release notice overdue.
      [s.gone, 'release', 'commune', '2026-10-17', true],
      [s.gone, 'release', 'court', '2026-10-17', true],
      [s.gone, 'release', 'family', '2026-10-17', true],
      [s.inTen, 'release', 'commune', '2026-11-18', true],
      [s.inTen, 'release', 'court', '2026-11-18', true],
      [s.voluntary, 'release', 'commune', '2026-11-27', false],
      [s.voluntary, 'release', 'family', '2026-11-27', false],
      [s.inForty, 'release', 'commune', '2026-12-18', false],
      [s.inForty, 'release', 'court', '2026-12-18', false],
      [s.inForty, 'release', 'family', '2026-12-18', false],
    ]);
    expect(pending.every((n) => n.fullName.length > 0 && n.fileNumber.length > 0)).toBe(true);
  });
});
