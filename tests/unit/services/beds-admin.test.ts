import { afterEach, describe, expect, it } from 'vitest';
import { addArea, openBedsWorld, seedResident, type BedsWorld } from './beds-fixture';
import { count } from './test-backend';

let w: BedsWorld;
afterEach(() => w?.t.close());

const room = (extra: Record<string, unknown>) => ({ areaId: w.areaA, code: 'P02', name: 'Phòng 2', designCapacity: 10, bedCount: 4, ...extra });
const boardArea = (code: string) => w.t.ok('beds.board', {}, w.admin).find((a) => a.code === code);

describe('rooms and their working capacity', () => {
  it('takes the floor area divided by the m² norm in force when no working capacity is given', () => {
    w = openBedsWorld();
    expect(w.t.ok('beds.createRoom', room({ floorAreaM2: 50 }), w.admin).workingCapacity).toBe(8);
    expect(w.t.ok('beds.createRoom', room({ code: 'YT', floorAreaM2: 50, care24h: true }), w.admin).workingCapacity).toBe(6);
    expect(w.t.ok('beds.createRoom', room({ code: 'P03', floorAreaM2: 50, workingCapacity: 12 }), w.admin).workingCapacity).toBe(12);
    // The norm comes from settings: a new figure in force today changes the default.
    w.t.backend.database.sqlite
      .prepare("INSERT INTO legal_parameters (key, value_json, citation, effective_from) VALUES ('room.m2_per_person', '{\"standard\":5,\"care24h\":8}', 'Quy định thử', '2026-11-01')")
      .run();
    expect(w.t.ok('beds.createRoom', room({ code: 'P04', floorAreaM2: 50 }), w.admin).workingCapacity).toBe(10);
    expect(w.t.ok('beds.norms', {}, w.officer)).toMatchObject({ standard: 5, citation: 'Quy định thử' });
  });

  it('asks for a floor area or a figure, citing the norm, and refuses a room too small for one person', () => {
    w = openBedsWorld();
    const none = w.t.call('beds.createRoom', room({}), w.admin);
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'workingCapacity' } });
    if (!none.ok) expect(none.error.message).toContain('6 m²/người (Nghị định 116/2021/NĐ-CP, Điều 6)');
    const tiny = w.t.call('beds.createRoom', room({ floorAreaM2: 5.5 }), w.admin);
    expect(tiny).toMatchObject({ ok: false, error: { field: 'floorAreaM2' } });
    if (!tiny.ok) expect(tiny.error.message).toContain('Diện tích 5,5 m² chưa đủ cho 1 người');
    expect(count(w.t, 'rooms')).toBe(1);
  });

  it('edits a room with its before and after in the audit log, and numbers added beds after the last', () => {
    w = openBedsWorld();
    const roomId = boardArea('A')!.rooms[0]!.id;
    w.t.ok('beds.updateRoom', { roomId, code: 'P01', name: 'Phòng 1 (mới sơn)', floorAreaM2: 72, designCapacity: 10 }, w.admin);
    expect(boardArea('A')!.rooms[0]).toMatchObject({ name: 'Phòng 1 (mới sơn)', floorAreaM2: 72, workingCapacity: 12 });
    const audit = w.t.backend.database.sqlite.prepare("SELECT before_json AS b, after_json AS a FROM audit_log WHERE method = 'beds.updateRoom'").get() as { b: string; a: string };
    expect(JSON.parse(audit.b)).toMatchObject({ name: 'Phòng 1', workingCapacity: 10 });
    expect(JSON.parse(audit.a)).toMatchObject({ name: 'Phòng 1 (mới sơn)', workingCapacity: 12 });
    w.t.ok('beds.addBeds', { roomId, count: 2 }, w.admin);
    expect(boardArea('A')!.rooms[0]!.beds.map((b) => b.code).slice(-3)).toEqual(['G10', 'G11', 'G12']);
  });

  it('changes the separate-room flag only while the room is empty', () => {
    w = openBedsWorld();
    seedResident(w.t, { fullName: 'Nguyễn Văn Hùng', bedId: w.bedsA[0]! });
    const roomId = boardArea('A')!.rooms[0]!.id;
    const r = w.t.call('beds.updateRoom', { roomId, code: 'P01', name: 'Phòng 1', designCapacity: 10, workingCapacity: 10, separateRoom: true }, w.admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'separateRoom' } });
  });
});

describe('nothing with residents in it is deleted', () => {
  it('refuses to delete or re-purpose an area, a room or a bed with a resident, and says why', () => {
    w = openBedsWorld();
    seedResident(w.t, { fullName: 'Nguyễn Văn Hùng', bedId: w.bedsA[0]! });
    const roomId = boardArea('A')!.rooms[0]!.id;
    const area = w.t.call('beds.deleteArea', { areaId: w.areaA }, w.admin);
    if (!area.ok) expect(area.error.message).toBe('Khu A đang có 1 học viên: không xóa khu còn người ở.');
    expect(area.ok).toBe(false);
    const rm = w.t.call('beds.deleteRoom', { roomId }, w.admin);
    if (!rm.ok) expect(rm.error.message).toBe('Phòng A-P01 đang có 1 học viên: không xóa phòng còn người ở.');
    expect(rm.ok).toBe(false);
    const bed = w.t.call('beds.deleteBed', { bedId: w.bedsA[0] }, w.admin);
    if (!bed.ok) expect(bed.error.message).toMatch(/đang có Nguyễn Văn Hùng/);
    expect(bed.ok).toBe(false);
    const sex = w.t.call('beds.updateArea', { areaId: w.areaA, code: 'A', name: 'Khu A', purpose: 'compulsory', sex: 'female' }, w.admin);
    expect(sex).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'sex' } });
    if (!sex.ok) expect(sex.error.message).toMatch(/đang có 1 học viên/);
    expect(w.t.ok('beds.updateArea', { areaId: w.areaA, code: 'A', name: 'Khu A - nam', purpose: 'compulsory', sex: 'male' }, w.admin)).toEqual({ ok: true });
    expect(count(w.t, 'beds')).toBe(10);
  });

  it('keeps beds with a past: taking them out of service instead', () => {
    w = openBedsWorld();
    const stayId = seedResident(w.t, { fullName: 'Nguyễn Văn Hùng', bedId: w.bedsA[0]! });
    w.t.ok('beds.move', { stayId, toBedId: w.bedsA[1], reason: 'Đổi giường' }, w.officer);
    const bed = w.t.call('beds.deleteBed', { bedId: w.bedsA[0] }, w.admin);
    if (!bed.ok) expect(bed.error.message).toMatch(/đã từng có 1 lượt học viên ở.*ngừng sử dụng thay vì xóa/);
    expect(bed.ok).toBe(false);
  });

  it('deletes an area, room or bed that was never used, audited', () => {
    w = openBedsWorld();
    const beds = addArea(w, { code: 'X', purpose: 'discipline', sex: 'male' }, { beds: 3 });
    w.t.ok('beds.deleteBed', { bedId: beds[2] }, w.admin);
    expect(boardArea('X')!.counts.beds).toBe(2);
    const areaId = boardArea('X')!.id;
    w.t.ok('beds.deleteArea', { areaId }, w.admin);
    expect(boardArea('X')).toBeUndefined();
    const audited = w.t.backend.database.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE method IN ('beds.deleteBed', 'beds.deleteArea')").get() as { n: number };
    expect(audited.n).toBe(2);
  });
});

describe('beds out of service', () => {
  it('takes an empty bed out with its reason and date, shows it on the board, and brings it back', () => {
    w = openBedsWorld();
    w.t.ok('beds.setOutOfService', { bedId: w.bedsA[9], reason: 'Hỏng khung giường', since: '2026-11-20' }, w.admin);
    const bed = boardArea('A')!.rooms[0]!.beds[9]!;
    expect(bed).toMatchObject({ inService: false, outOfServiceReason: 'Hỏng khung giường', outOfServiceSince: '2026-11-20' });
    expect(boardArea('A')!.counts).toMatchObject({ outOfService: 1, free: 9 });
    const early = w.t.call('beds.setInService', { bedId: w.bedsA[9], on: '2026-11-19' }, w.admin);
    expect(early).toMatchObject({ ok: false, error: { field: 'on' } });
    w.t.ok('beds.setInService', { bedId: w.bedsA[9], on: '2026-11-23' }, w.admin);
    expect(boardArea('A')!.counts).toMatchObject({ outOfService: 0, free: 10 });
    const reasons = w.t.backend.database.sqlite.prepare("SELECT reason FROM audit_log WHERE entity = 'bed' ORDER BY id").all();
    expect(reasons).toEqual([{ reason: 'Hỏng khung giường' }, { reason: null }]);
  });

  it('refuses to take an occupied bed out of service, and refuses officers any change', () => {
    w = openBedsWorld();
    seedResident(w.t, { fullName: 'Nguyễn Văn Hùng', bedId: w.bedsA[0]! });
    const r = w.t.call('beds.setOutOfService', { bedId: w.bedsA[0], reason: 'Hỏng', since: '2026-11-20' }, w.admin);
    if (!r.ok) expect(r.error.message).toMatch(/chuyển học viên sang giường khác trước/);
    expect(r.ok).toBe(false);
    expect(w.t.call('beds.createArea', { code: 'Z', name: 'Khu Z', purpose: 'compulsory', sex: 'male' }, w.officer)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
