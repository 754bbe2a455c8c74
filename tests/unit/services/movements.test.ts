import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { openMovementsWorld, vn, type MovementsWorld } from './movements-fixture';

let w: MovementsWorld;
afterEach(() => w.t.close());

const RELEASE = '2028-05-10';

describe('movements.record', () => {
  it('sends a resident to hospital and back: the state follows, the bed is kept, the release date does not move', () => {
    w = openMovementsWorld();
    const noHospital = w.record({ type: 'to_hospital', occurredAt: vn('2026-11-20') });
    expect(noHospital).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'destination' } });
    expect(w.movementCount()).toBe(1);
    expect(w.record({ type: 'to_hospital', occurredAt: vn('2026-11-20'), destination: 'Bệnh viện Đa khoa Đồng Nai', expectedReturnOn: '2026-11-27' }).ok).toBe(true);
    expect(w.stay()).toEqual({ state: 'in_hospital', expectedRelease: RELEASE, currentBedId: w.bedIds[0] });

    const bed = w.t.call('beds.move', { stayId: w.stayId, toBedId: w.bedIds[3], reason: 'Gần phòng y tế' }, w.token);
    expect(bed).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    const late = w.t.call('beds.move', { stayId: w.stayId, toBedId: w.bedIds[3], reason: 'Ghi muộn', occurredAt: vn('2026-11-21') }, w.token);
    expect(late).toMatchObject({ ok: false, error: { code: 'rule_violation' } });

    expect(w.record({ type: 'from_hospital', occurredAt: vn('2026-11-22', '15:00') }).ok).toBe(true);
    expect(w.stay()).toEqual({ state: 'present', expectedRelease: RELEASE, currentBedId: w.bedIds[0] });
  });

  it('refuses what the state machine forbids, with its message, and writes nothing', () => {
    w = openMovementsWorld();
    const r = w.record({ type: 'from_hospital', occurredAt: vn('2026-11-20') });
    expect(r).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'type' } });
    if (!r.ok) expect(r.error.message).toBe('Học viên có mặt: chỉ có thể ghi chuyển viện, về chịu tang, ra tòa hoặc tham gia tố tụng, bỏ trốn, tạm đình chỉ, chuyển giường hoặc ra cơ sở, không thể trở về từ bệnh viện.');
    expect(w.movementCount()).toBe(1);
  });

  it('a late escape 12 days ago and the return today move the release date 12 days later', () => {
    w = openMovementsWorld();
    const escapedOn = addDays('2026-11-23', -12);
    expect(w.record({ type: 'escaped', occurredAt: vn(escapedOn, '21:30'), documentNumber: '05/QĐ-CS', documentDate: escapedOn }).ok).toBe(true);
    expect(w.stay().state).toBe('escaped');
    expect(w.record({ type: 'returned', occurredAt: vn('2026-11-23', '09:00'), reason: 'Gia đình đưa trở lại' }).ok).toBe(true);
    const { expectedRelease, state } = w.stay();
    expect(state).toBe('present');
    expect(daysBetween(RELEASE, expectedRelease)).toBe(12);
    const profile = w.t.ok('residents.get', { stayId: w.stayId }, w.token);
    expect(profile.clock?.releaseDate).toBe(expectedRelease);
    expect(profile.clock?.adjustments).toContainEqual({ kind: 'escape', days: 12, from: escapedOn, to: '2026-11-23' });
    const list = w.t.ok('movements.list', { stayId: w.stayId }, w.token);
    const escape = list.movements.find((m) => m.type === 'escaped');
    expect(escape).toMatchObject({ documentNumber: '05/QĐ-CS', recordedBy: 'Trần Văn Quản', recordedAt: '2026-11-23T03:00:00.000Z' });
  });

  it('refuses a late entry that contradicts a later movement, a moment in the future and one before the admission', () => {
    w = openMovementsWorld();
    expect(w.record({ type: 'to_hospital', occurredAt: vn('2026-11-20'), destination: 'Bệnh viện Phổi Đồng Nai' }).ok).toBe(true);
    const contradicts = w.record({ type: 'escaped', occurredAt: vn('2026-11-15') });
    expect(contradicts).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'occurredAt' } });
    if (!contradicts.ok) expect(contradicts.error.message).toMatch(/mâu thuẫn với diễn biến ghi sau đó \(chuyển viện lúc 20\/11\/2026 08:00\)/);
    expect(w.record({ type: 'from_hospital', occurredAt: vn('2026-11-23', '11:00') })).toMatchObject({ ok: false, error: { field: 'occurredAt' } });
    expect(w.record({ type: 'from_hospital', occurredAt: vn('2026-11-09') })).toMatchObject({ ok: false, error: { field: 'occurredAt' } });
    // A late entry that fits between what was recorded is accepted.
    expect(w.record({ type: 'from_hospital', occurredAt: vn('2026-11-21') }).ok).toBe(true);
    expect(w.stay().state).toBe('present');
    expect(w.movementCount()).toBe(3);
  });

  it('funeral leave needs the Mẫu 49 decision and returns within the legal days plus travel days', () => {
    w = openMovementsWorld();
    const bare = w.record({ type: 'funeral_leave', occurredAt: vn('2026-11-20') });
    expect(bare).toMatchObject({ ok: false, error: { field: 'documentNumber' } });
    const base = { type: 'funeral_leave', occurredAt: vn('2026-11-20'), documentNumber: '12/QĐ-CS', documentDate: '2026-11-19' };
    const tooLong = w.record({ ...base, expectedReturnOn: '2026-11-28', travelDays: 2 });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'expectedReturnOn' } });
    if (!tooLong.ok) expect(tooLong.error.message).toBe('Về chịu tang tối đa 5 ngày cộng 2 ngày đi đường (Nghị định 116/2021/NĐ-CP, Điều 70): ngày trở lại muộn nhất là 27/11/2026.');
    expect(w.record({ ...base, expectedReturnOn: '2026-11-28', travelDays: 3 }).ok).toBe(true);
    expect(w.stay()).toMatchObject({ state: 'on_leave', expectedRelease: RELEASE });
  });

  it('court needs the place and the summons number; a suspension needs its decision and reason', () => {
    w = openMovementsWorld();
    expect(w.record({ type: 'to_court', occurredAt: vn('2026-11-20'), destination: 'TAND khu vực 1' })).toMatchObject({ ok: false, error: { field: 'documentNumber' } });
    expect(w.record({ type: 'suspended', occurredAt: vn('2026-11-20'), documentNumber: '3/QĐ' })).toMatchObject({ ok: false, error: { field: 'reason' } });
    expect(w.movementCount()).toBe(1);
    expect(w.record({ type: 'to_court', occurredAt: vn('2026-11-20'), destination: 'TAND khu vực 1', documentNumber: '45/GTT' }).ok).toBe(true);
    expect(w.stay().state).toBe('at_court');
  });
});

describe('movements.reverse', () => {
  it('cancels only the latest movement, with a reason; state and release date are recomputed', () => {
    w = openMovementsWorld();
    const escape = w.t.ok('movements.record', { stayId: w.stayId, type: 'escaped', occurredAt: vn('2026-11-11', '21:00') }, w.token).movementId;
    const back = w.t.ok('movements.record', { stayId: w.stayId, type: 'returned', occurredAt: vn('2026-11-23', '09:00') }, w.token).movementId;
    const notLatest = w.t.call('movements.reverse', { movementId: escape, reason: 'Nhầm người' }, w.token);
    expect(notLatest).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'movementId' } });
    expect(w.t.call('movements.reverse', { movementId: back, reason: ' ' }, w.token)).toMatchObject({ ok: false, error: { field: 'reason' } });

    const reversal = w.t.ok('movements.reverse', { movementId: back, reason: 'Ghi nhầm ngày trở lại' }, w.token).movementId;
    expect(w.stay().state).toBe('escaped');
    const profile = w.t.ok('residents.get', { stayId: w.stayId }, w.token);
    expect(profile.clock?.provisional).toBe(true);
    expect(profile.clock?.releaseDate).toBe(addDays(RELEASE, 12));
    const list = w.t.ok('movements.list', { stayId: w.stayId }, w.token);
    expect(list.movements.find((m) => m.id === back)?.reversedById).toBe(reversal);
    expect(list.movements.find((m) => m.id === reversal)).toMatchObject({ type: 'reversal', reversesId: back, reason: 'Ghi nhầm ngày trở lại' });
    expect(list).toMatchObject({ state: 'escaped', allowed: ['returned', 'discharged'], reversibleId: escape });
    expect(w.t.call('movements.reverse', { movementId: back, reason: 'Lần nữa' }, w.token)).toMatchObject({ ok: false, error: { code: 'conflict' } });

    w.t.ok('movements.reverse', { movementId: escape, reason: 'Không bỏ trốn, có mặt khi điểm danh' }, w.token);
    expect(w.stay()).toEqual({ state: 'present', expectedRelease: RELEASE, currentBedId: w.bedIds[0] });
    const admitted = w.t.ok('movements.list', { stayId: w.stayId }, w.token).movements[0]!;
    expect(w.t.call('movements.reverse', { movementId: admitted.id, reason: 'Thử' }, w.token)).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
  });
});
