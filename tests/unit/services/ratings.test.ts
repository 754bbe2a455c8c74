import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openReleaseWorld, type ReleaseWorld } from './release-fixture';
import { count } from './test-backend';

let w: ReleaseWorld;
beforeEach(() => {
  w = openReleaseWorld();
});
afterEach(() => w.t.close());

const audits = (entity: string) => w.sql<{ before: string | null; after: string | null }>('SELECT before_json AS before, after_json AS after FROM audit_log WHERE entity = ? ORDER BY id', entity);

describe('teams', () => {
  it('refuses a duplicate name and an unknown officer', () => {
    w.team('Tổ 1');
    const dup = w.t.call('teams.create', { name: 'Tổ 1' }, w.tokens.admin);
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict', field: 'name', message: 'Đã có tổ/đội tên "Tổ 1": chọn tên khác.' } });
    const officer = w.t.call('teams.create', { name: 'Tổ 2', officerId: 999 }, w.tokens.admin);
    expect(officer).toMatchObject({ ok: false, error: { code: 'not_found', field: 'officerId' } });
    const id = w.t.ok('teams.create', { name: 'Tổ 3', officerId: w.userId('officer') }, w.tokens.admin).id;
    expect(w.t.ok('teams.list', {}, w.tokens.officer).teams.find((t) => t.id === id)).toMatchObject({ officerName: 'Cán bộ officer', memberCount: 0 });
  });

  it('moves a resident between teams on a day and keeps the history', () => {
    const a = w.team('Tổ 1');
    const b = w.team('Tổ 2');
    const hung = w.admit('Nguyễn Văn Hùng', '2026-02-01');
    const nam = w.admit('Trần Văn Nam', '2026-02-01');
    expect(w.t.ok('teams.addMembers', { teamId: a, stayIds: [hung, nam], on: '2026-02-01' }, w.tokens.officer).added).toBe(2);
    expect(w.t.ok('teams.addMembers', { teamId: a, stayIds: [hung], on: '2026-03-01' }, w.tokens.officer).added).toBe(0);
    expect(w.t.ok('teams.addMembers', { teamId: b, stayIds: [hung], on: '2026-06-01' }, w.tokens.officer).added).toBe(1);

    const names = (teamId: number, on: string) => w.t.ok('teams.members', { teamId, on }, w.tokens.officer).members.map((m) => m.fullName);
    expect(names(a, '2026-05-31')).toEqual(['Nguyễn Văn Hùng', 'Trần Văn Nam']);
    expect(names(a, '2026-06-01')).toEqual(['Trần Văn Nam']);
    expect(names(b, '2026-06-01')).toEqual(['Nguyễn Văn Hùng']);
    expect(w.sql('SELECT team_id AS teamId, joined_on AS joinedOn, left_on AS leftOn FROM team_members WHERE stay_id = ? ORDER BY id', hung)).toEqual([
      { teamId: a, joinedOn: '2026-02-01', leftOn: '2026-06-01' },
      { teamId: b, joinedOn: '2026-06-01', leftOn: null },
    ]);

    w.t.ok('teams.removeMember', { teamId: a, stayId: nam, on: '2026-11-23' }, w.tokens.officer);
    const teams = w.t.ok('teams.list', {}, w.tokens.officer).teams;
    expect(teams.map((t) => [t.name, t.memberCount])).toEqual([['Tổ 1', 0], ['Tổ 2', 1]]);
    expect(w.t.call('teams.removeMember', { teamId: a, stayId: nam, on: '2026-11-23' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a day before the admission', () => {
    const a = w.team('Tổ 1');
    const hung = w.admit('Nguyễn Văn Hùng', '2026-02-01');
    const r = w.t.call('teams.addMembers', { teamId: a, stayIds: [hung], on: '2026-01-31' }, w.tokens.officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'on' } });
    expect(count(w.t, 'team_members')).toBe(0);
  });
});

describe('monthly ratings', () => {
  let team: number;
  let hung: number;
  let nam: number;
  let outsider: number;
  beforeEach(() => {
    team = w.team('Tổ 1');
    hung = w.admit('Nguyễn Văn Hùng', '2026-02-01');
    nam = w.admit('Trần Văn Nam', '2026-09-15');
    outsider = w.admit('Lê Văn An', '2026-02-01');
    w.t.ok('teams.addMembers', { teamId: team, stayIds: [hung], on: '2026-02-01' }, w.tokens.officer);
    w.t.ok('teams.addMembers', { teamId: team, stayIds: [nam], on: '2026-09-15' }, w.tokens.officer);
  });
  const save = (month: string, entries: unknown[], token = w.tokens.officer) => w.t.call('ratings.save', { teamId: team, month, entries }, token);

  it('saves, shows the sheet with the two months before, and audits every change', () => {
    expect(save('2026-09', [{ stayId: hung, grade: 'tot' }, { stayId: nam, grade: 'kha' }])).toMatchObject({ ok: true, data: { saved: 2 } });
    expect(save('2026-10', [{ stayId: hung, grade: 'kha', note: 'Chăm chỉ' }])).toMatchObject({ ok: true, data: { saved: 1 } });
    expect(save('2026-10', [{ stayId: hung, grade: 'trung_binh', note: 'Chăm chỉ' }])).toMatchObject({ ok: true, data: { saved: 1 } });
    expect(save('2026-10', [{ stayId: hung, grade: 'trung_binh', note: 'Chăm chỉ' }])).toMatchObject({ ok: true, data: { saved: 0 } });

    const sheet = w.t.ok('ratings.sheet', { teamId: team, month: '2026-11' }, w.tokens.officer);
    expect(sheet.confirmed).toBeNull();
    expect(sheet.scale.map((g) => g.code)).toEqual(['tot', 'kha', 'trung_binh', 'kem']);
    expect(sheet.rows).toEqual([
      { stayId: hung, fullName: 'Nguyễn Văn Hùng', fileNumber: expect.any(String), grade: null, note: null, previous: [{ month: '2026-09', grade: 'tot' }, { month: '2026-10', grade: 'trung_binh' }] },
      { stayId: nam, fullName: 'Trần Văn Nam', fileNumber: expect.any(String), grade: null, note: null, previous: [{ month: '2026-09', grade: 'kha' }, { month: '2026-10', grade: null }] },
    ]);
    // Nam came in on 15/09: he is not on the August sheet.
    expect(w.t.ok('ratings.sheet', { teamId: team, month: '2026-08' }, w.tokens.officer).rows.map((r) => r.stayId)).toEqual([hung]);

    const changes = audits('rating').map((a) => [a.before && JSON.parse(a.before), JSON.parse(a.after ?? 'null')]);
    expect(changes[3]).toEqual([{ grade: 'kha', note: 'Chăm chỉ', teamId: team }, { stayId: hung, month: '2026-10', grade: 'trung_binh', note: 'Chăm chỉ', teamId: team }]);
  });

  it('refuses a future month, a confirmed month, a grade off the scale and a non-member, writing nothing', () => {
    save('2026-09', [{ stayId: hung, grade: 'tot' }]);
    w.t.ok('ratings.confirmMonth', { month: '2026-09' }, w.tokens.head);
    const before = { ratings: count(w.t, 'ratings'), audit: count(w.t, 'audit_log') };

    expect(save('2026-12', [{ stayId: hung, grade: 'tot' }])).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'month', message: 'Tháng 12/2026 chưa đến: chưa xếp loại được.' } });
    expect(save('2026-09', [{ stayId: hung, grade: 'kha' }])).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: 'Tháng 09/2026 đã được Trưởng Cơ sở xác nhận: không sửa được xếp loại.' },
    });
    expect(save('2026-10', [{ stayId: hung, grade: 'tot' }, { stayId: nam, grade: 'xuat_sac' }])).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'entries.1.grade' },
    });
    expect(save('2026-10', [{ stayId: hung, grade: 'tot' }, { stayId: outsider, grade: 'tot' }])).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', field: 'entries.1.stayId', message: 'Lê Văn An không ở trong Tổ 1 tháng 10/2026.' },
    });
    expect(save('2026-08', [{ stayId: hung, grade: 'tot' }, { stayId: nam, grade: 'tot' }])).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', field: 'entries.1.stayId' },
    });
    expect({ ratings: count(w.t, 'ratings'), audit: count(w.t, 'audit_log') }).toEqual(before);
  });

  it('the head confirms a month once, counting who was left unrated; an officer cannot', () => {
    save('2026-10', [{ stayId: hung, grade: 'tot' }]);
    expect(w.t.call('ratings.confirmMonth', { month: '2026-10' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(w.t.call('ratings.confirmMonth', { month: '2026-09' }, w.tokens.head)).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    expect(w.t.call('ratings.confirmMonth', { month: '2026-12' }, w.tokens.head)).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    // Nam and the outsider were in the facility in October without a rating.
    expect(w.t.ok('ratings.confirmMonth', { month: '2026-10' }, w.tokens.head)).toEqual({ rated: 1, unrated: 2 });
    expect(w.t.call('ratings.confirmMonth', { month: '2026-10' }, w.tokens.head)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(w.t.ok('ratings.sheet', { teamId: team, month: '2026-10' }, w.tokens.officer).confirmed).toMatchObject({ by: 'Cán bộ head' });
    expect(audits('rating_month')).toHaveLength(1);
  });
});

describe('release planning of a stay', () => {
  it('shows confirmed ratings, merits, grounds masked for roles without health data, and eligibility today', () => {
    const team = w.team('Tổ 1');
    const hung = w.admit('Nguyễn Văn Hùng', '2026-02-01');
    w.t.ok('teams.addMembers', { teamId: team, stayIds: [hung], on: '2026-02-01' }, w.tokens.officer);
    for (const month of ['2026-08', '2026-09', '2026-10']) {
      w.t.ok('ratings.save', { teamId: team, month, entries: [{ stayId: hung, grade: 'kha' }] }, w.tokens.officer);
      w.t.ok('ratings.confirmMonth', { month }, w.tokens.head);
    }
    w.t.ok('ratings.save', { teamId: team, month: '2026-11', entries: [{ stayId: hung, grade: 'tot' }] }, w.tokens.officer);
    w.t.ok('release.recordMerit', { stayId: hung, actOn: '2026-10-02', description: 'Cứu người trong vụ cháy xưởng', documentNumber: '5/QĐ-KT' }, w.tokens.officer);
    w.t.ok('release.recordGround', { stayId: hung, ground: 'pregnancy', recordedOn: '2026-11-20', documentNumber: '12/KL-BV', note: 'Thai 8 tuần' }, w.tokens.medical);
    w.t.ok('release.recordGround', { stayId: hung, ground: 'prison_sentence', recordedOn: '2026-11-21', documentNumber: '88/2026/HS-ST' }, w.tokens.officer);

    const asOfficer = w.t.ok('release.planning', { stayId: hung }, w.tokens.officer);
    expect(asOfficer.ratings.map((r) => [r.month, r.confirmed])).toEqual([['2026-08', true], ['2026-09', true], ['2026-10', true], ['2026-11', false]]);
    expect(asOfficer.grounds.map((g) => [g.ground, g.note])).toEqual([[null, null], ['prison_sentence', null]]);
    expect(asOfficer.eligibility).toMatchObject({ halfTermReached: true, eligible: true, merit: true, monthsMin: 3, monthsMax: 6, halfTermDate: '2026-08-03' });
    const asMedical = w.t.ok('release.planning', { stayId: hung }, w.tokens.medical);
    expect(asMedical.grounds[0]).toMatchObject({ ground: 'pregnancy', note: 'Thai 8 tuần' });
    expect(audits('merit_act')).toHaveLength(1);
    expect(audits('exemption_ground')).toHaveLength(2);
  });

  it('refuses a merit in the future or before the admission', () => {
    const hung = w.admit('Nguyễn Văn Hùng', '2026-02-01');
    const merit = (actOn: string) => w.t.call('release.recordMerit', { stayId: hung, actOn, description: 'Lập công' }, w.tokens.officer);
    expect(merit('2026-11-24')).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'actOn' } });
    expect(merit('2026-01-31')).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'actOn' } });
    expect(count(w.t, 'merit_acts')).toBe(0);
  });
});
