import { afterEach, describe, expect, it } from 'vitest';
import { addArea, openBedsWorld, seedResident, type BedsWorld } from './beds-fixture';
import { count } from './test-backend';

let w: BedsWorld;
afterEach(() => w?.t.close());

const bedOf = (stayId: number) =>
  (w.t.backend.database.sqlite.prepare('SELECT current_bed_id AS b FROM stays WHERE id = ?').get(stayId) as { b: number | null }).b;

function boardBed(bedId: number, privacy = false) {
  const beds = w.t.ok('beds.board', { privacy }, w.officer).flatMap((a) => a.rooms.flatMap((r) => r.beds));
  return beds.find((b) => b.id === bedId);
}

const move = (stayId: number, toBedId: number, extra: Record<string, unknown> = {}, token = w.officer) =>
  w.t.call('beds.move', { stayId, toBedId, reason: 'Sắp xếp lại phòng', ...extra }, token);

describe('refused placements say which rule and why, and write nothing', () => {
  const cases: { rule: string; seed: Parameters<typeof seedResident>[1]; area: { code: string; purpose: string; sex: 'male' | 'female' }; separateRoom?: boolean; message: RegExp }[] = [
    { rule: 'sex', seed: { fullName: 'Trần Thị Mai', sex: 'female', bedId: null }, area: { code: 'B', purpose: 'compulsory', sex: 'male' }, message: /giới tính khác: khu nam, học viên là nữ .*Điều 35 khoản 2/ },
    { rule: 'minor among adults', seed: { fullName: 'Lê Văn Tí', birthDate: '2010-03-01', kind: 'compulsory_minor', bedId: null }, area: { code: 'B', purpose: 'compulsory', sex: 'male' }, message: /Người dưới 18 tuổi chỉ được bố trí ở khu dành cho người từ đủ 12 đến dưới 18 tuổi/ },
    { rule: 'adult among minors', seed: { fullName: 'Lê Văn Lớn', bedId: null }, area: { code: 'VTN', purpose: 'minors', sex: 'male' }, message: /chỉ dành cho người từ đủ 12 đến dưới 18 tuổi.*Điều 35 khoản 2/ },
    { rule: 'kind of stay', seed: { fullName: 'Đỗ Văn Nguyện', kind: 'voluntary', bedId: null }, area: { code: 'B', purpose: 'compulsory', sex: 'male' }, message: /Khu cai nghiện bắt buộc không dành cho diện cai nghiện tự nguyện/ },
    { rule: 'group A/B outside its area', seed: { fullName: 'Vũ Văn Phổi', infectiousGroupAB: true, bedId: null }, area: { code: 'B', purpose: 'compulsory', sex: 'male' }, message: /bệnh truyền nhiễm nhóm A, B phải ở khu riêng/ },
    { rule: 'healthy in the infectious area', seed: { fullName: 'Vũ Văn Khỏe', infectiousGroupAB: false, bedId: null }, area: { code: 'BTN', purpose: 'infectious', sex: 'male' }, message: /chỉ dành cho người đang điều trị các bệnh này/ },
    { rule: 'separate room', seed: { fullName: 'Ngô Văn An', sex: 'male', physicalSex: 'female', bedId: null }, area: { code: 'NU', purpose: 'compulsory', sex: 'female' }, message: /phải ở phòng riêng.*Điều 35 khoản 3/ },
    { rule: 'separate room reserved', seed: { fullName: 'Ngô Văn Bình', bedId: null }, area: { code: 'PR', purpose: 'compulsory', sex: 'male' }, separateRoom: true, message: /phòng riêng dành cho người có giới tính thực khác/ },
  ];
  for (const c of cases) {
    it(`refuses by the ${c.rule} rule`, () => {
      w = openBedsWorld();
      const stayId = seedResident(w.t, c.seed);
      const [bed] = addArea(w, c.area, { separateRoom: c.separateRoom ?? false });
      const movements = count(w.t, 'movements');
      const r = move(stayId, bed!);
      expect(r).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'toBedId' } });
      if (!r.ok) expect(r.error.message).toMatch(c.message);
      expect(count(w.t, 'movements')).toBe(movements);
      expect(bedOf(stayId)).toBeNull();
    });
  }

  it('places a person whose body differs from the papers in a separate room of the physical sex', () => {
    w = openBedsWorld();
    const stayId = seedResident(w.t, { fullName: 'Ngô Văn An', sex: 'male', physicalSex: 'female', bedId: null });
    const [bed] = addArea(w, { code: 'NU', purpose: 'compulsory', sex: 'female' }, { separateRoom: true, beds: 2 });
    expect(move(stayId, bed!).ok).toBe(true);
    const other = seedResident(w.t, { fullName: 'Ngô Văn Bảo', sex: 'male', physicalSex: 'female', bedId: null });
    const again = w.t.call('beds.move', { stayId: other, toBedId: bed! + 1, reason: 'Xếp giường' }, w.officer);
    if (!again.ok) expect(again.error.message).toMatch(/Phòng riêng này đã có người ở/);
    expect(again.ok).toBe(false);
  });
});

describe('the head overrides a rule with a reason', () => {
  it('is allowed to the head, marked on the movement and the board, and audited with the reason', () => {
    w = openBedsWorld();
    const stayId = seedResident(w.t, { fullName: 'Lê Văn Lớn', bedId: w.bedsA[0]! });
    const [minorsBed] = addArea(w, { code: 'VTN', purpose: 'minors', sex: 'male' });
    const reason = 'Khu A đang sửa chữa, tạm bố trí theo quyết định của Trưởng Cơ sở';
    const r = w.t.call('beds.move', { stayId, toBedId: minorsBed, reason, override: true }, w.head);
    expect(r).toMatchObject({ ok: true, data: { override: true, bedLabel: 'VTN-P01-G01' } });
    const sqlite = w.t.backend.database.sqlite;
    expect(sqlite.prepare("SELECT override, reason FROM movements WHERE type = 'bed_move'").get()).toEqual({ override: 1, reason });
    const audit = sqlite.prepare("SELECT username, reason, after_json AS after FROM audit_log WHERE entity = 'placement_override'").get() as {
      username: string;
      reason: string;
      after: string;
    };
    expect(audit).toMatchObject({ username: 'truongcoso', reason });
    expect(JSON.parse(audit.after).refusals).toEqual(['adult_in_minors_area']);
    expect(boardBed(minorsBed!)?.occupant).toMatchObject({ stayId, override: true, overrideReason: reason });
  });

  it('is refused to an officer, and writes nothing', () => {
    w = openBedsWorld();
    const stayId = seedResident(w.t, { fullName: 'Lê Văn Lớn', bedId: w.bedsA[0]! });
    const [minorsBed] = addArea(w, { code: 'VTN', purpose: 'minors', sex: 'male' });
    const r = move(stayId, minorsBed!, { override: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!r.ok) expect(r.error.message).toMatch(/Chỉ Trưởng Cơ sở/);
    expect(bedOf(stayId)).toBe(w.bedsA[0]);
    expect(count(w.t, 'movements')).toBe(1);
  });

  it('cannot put anyone in a bed that is taken or out of service', () => {
    w = openBedsWorld();
    const a = seedResident(w.t, { fullName: 'Lê Văn Một', bedId: w.bedsA[0]! });
    const b = seedResident(w.t, { fullName: 'Lê Văn Hai', bedId: w.bedsA[1]! });
    const taken = w.t.call('beds.move', { stayId: a, toBedId: w.bedsA[1], reason: 'Đổi giường', override: true }, w.head);
    expect(taken).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    if (!taken.ok) expect(taken.error.message).toMatch(/Giường đã có người.*không áp dụng/);
    w.t.ok('beds.setOutOfService', { bedId: w.bedsA[2], reason: 'Hỏng khung giường', since: '2026-11-20' }, w.admin);
    const broken = w.t.call('beds.move', { stayId: b, toBedId: w.bedsA[2], reason: 'Đổi giường', override: true }, w.head);
    if (!broken.ok) expect(broken.error.message).toMatch(/Giường đang ngừng sử dụng/);
    expect(broken.ok).toBe(false);
  });
});

describe('moving a resident to another bed', () => {
  it('writes a bed_move with from, to, when, why and who, and the board follows', () => {
    w = openBedsWorld();
    const stayId = seedResident(w.t, { fullName: 'Nguyễn Văn Hùng', bedId: w.bedsA[0]! });
    const r = w.t.ok('beds.move', { stayId, toBedId: w.bedsA[4], reason: 'Gần phòng y tế' }, w.officer);
    expect(r).toMatchObject({ override: false, overCapacity: false, bedLabel: 'A-P01-G05' });
    const m = w.t.backend.database.sqlite
      .prepare("SELECT m.from_bed_id AS fromBed, m.to_bed_id AS toBed, m.occurred_on AS on_, m.reason, u.username FROM movements m JOIN users u ON u.id = m.recorded_by WHERE m.type = 'bed_move'")
      .get();
    expect(m).toEqual({ fromBed: w.bedsA[0], toBed: w.bedsA[4], on_: '2026-11-23', reason: 'Gần phòng y tế', username: 'canbo' });
    expect(bedOf(stayId)).toBe(w.bedsA[4]);
    expect(boardBed(w.bedsA[0]!)?.occupant).toBeNull();
    expect(boardBed(w.bedsA[4]!)?.occupant?.fullName).toBe('Nguyễn Văn Hùng');
  });

  it('refuses a bed out of service, a resident not present, and a date before the last placement', () => {
    w = openBedsWorld();
    const stayId = seedResident(w.t, { fullName: 'Nguyễn Văn Hùng', bedId: w.bedsA[0]! });
    w.t.ok('beds.setOutOfService', { bedId: w.bedsA[3], reason: 'Phòng thấm dột', since: '2026-11-01' }, w.admin);
    const r = move(stayId, w.bedsA[3]!);
    if (!r.ok) expect(r.error.message).toMatch(/Giường đang ngừng sử dụng/);
    expect(r.ok).toBe(false);
    const early = move(stayId, w.bedsA[1]!, { occurredOn: '2026-09-01' });
    expect(early).toMatchObject({ ok: false, error: { field: 'occurredOn' } });
    const future = move(stayId, w.bedsA[1]!, { occurredOn: '2026-11-24' });
    expect(future).toMatchObject({ ok: false, error: { field: 'occurredOn' } });
    const inHospital = seedResident(w.t, { fullName: 'Trần Văn Viện', bedId: w.bedsA[5]!, state: 'in_hospital' });
    const away = move(inHospital, w.bedsA[6]!);
    expect(away).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'stayId' } });
    if (!away.ok) expect(away.error.message).toBe('Trần Văn Viện đang nằm viện: chỉ chuyển giường cho học viên đang có mặt tại cơ sở.');
    expect(count(w.t, 'movements')).toBe(2);
  });

  it('flags and counts a placement over the working capacity without refusing it', () => {
    w = openBedsWorld();
    const beds = addArea(w, { code: 'B', purpose: 'compulsory', sex: 'male' }, { beds: 3, working: 2 });
    const stays = ['Lê Văn Một', 'Lê Văn Hai', 'Lê Văn Ba'].map((fullName) => seedResident(w.t, { fullName, bedId: null }));
    expect(w.t.ok('beds.move', { stayId: stays[0], toBedId: beds[0], reason: 'Xếp giường' }, w.officer).overCapacity).toBe(false);
    expect(w.t.ok('beds.move', { stayId: stays[1], toBedId: beds[1], reason: 'Xếp giường' }, w.officer).overCapacity).toBe(false);
    expect(w.t.ok('beds.move', { stayId: stays[2], toBedId: beds[2], reason: 'Xếp giường' }, w.officer).overCapacity).toBe(true);
    const area = w.t.ok('beds.board', {}, w.officer).find((a) => a.code === 'B')!;
    expect(area.rooms[0]).toMatchObject({ occupied: 3, workingCapacity: 2, overCapacity: true });
    expect(area.counts).toMatchObject({ occupied: 3, present: 3, free: 0, working: 2, overCapacity: 1 });
  });

  it('sends initials only in privacy mode', () => {
    w = openBedsWorld();
    seedResident(w.t, { fullName: 'Nguyễn Văn Hùng', bedId: w.bedsA[0]! });
    expect(boardBed(w.bedsA[0]!, true)?.occupant).toMatchObject({ fullName: null, initials: 'N.V.H.' });
    expect(JSON.stringify(w.t.ok('beds.board', { privacy: true }, w.officer))).not.toContain('Hùng');
  });

  it('lists residents to place, those without a bed first, found without accents', () => {
    w = openBedsWorld();
    seedResident(w.t, { fullName: 'An Văn Có', bedId: w.bedsA[0]! });
    const unplaced = seedResident(w.t, { fullName: 'Trần Văn Chưa', bedId: null });
    seedResident(w.t, { fullName: 'Bùi Văn Viện', bedId: w.bedsA[1]!, state: 'in_hospital' });
    expect(w.t.ok('beds.candidates', {}, w.officer).map((c) => [c.fullName, c.bedLabel])).toEqual([
      ['Trần Văn Chưa', null],
      ['An Văn Có', 'A-P01-G01'],
    ]);
    expect(w.t.ok('beds.candidates', { query: 'tran van chua' }, w.officer).map((c) => c.stayId)).toEqual([unplaced]);
  });
});

describe('bed history', () => {
  it('answers who was in a bed on a past date, from the movements', () => {
    w = openBedsWorld();
    const [bed1, bed2] = w.bedsA;
    const hung = seedResident(w.t, { fullName: 'Nguyễn Văn Hùng', bedId: bed1!, admittedOn: '2026-10-01' });
    w.t.ok('beds.move', { stayId: hung, toBedId: bed2, occurredOn: '2026-11-05', reason: 'Đổi phòng' }, w.officer);
    const tam = seedResident(w.t, { fullName: 'Lê Văn Tám', bedId: null, admittedOn: '2026-11-08' });
    expect(move(tam, bed1!, { occurredOn: '2026-11-08' }).ok).toBe(true);
    const on = (date: string) => w.t.ok('beds.history', { bedId: bed1, on: date }, w.officer).occupantsOn.map((o) => o.fullName);
    expect(on('2026-10-20')).toEqual(['Nguyễn Văn Hùng']);
    expect(on('2026-11-06')).toEqual([]);
    expect(on('2026-11-15')).toEqual(['Lê Văn Tám']);
    expect(on('2026-09-30')).toEqual([]);
    const h = w.t.ok('beds.history', { bedId: bed1 }, w.officer);
    expect(h.bed.label).toBe('A-P01-G01');
    expect(h.timeline.map((e) => [e.fullName, e.fromOn, e.toOn, e.endType])).toEqual([
      ['Lê Văn Tám', '2026-11-08', null, null],
      ['Nguyễn Văn Hùng', '2026-10-01', '2026-11-05', 'bed_move'],
    ]);
  });

  it('refuses a late entry that would put two people in one bed in the past', () => {
    w = openBedsWorld();
    const [bed1, bed2] = w.bedsA;
    const hung = seedResident(w.t, { fullName: 'Nguyễn Văn Hùng', bedId: bed1!, admittedOn: '2026-10-01' });
    w.t.ok('beds.move', { stayId: hung, toBedId: bed2, occurredOn: '2026-11-05', reason: 'Đổi phòng' }, w.officer);
    const tam = seedResident(w.t, { fullName: 'Lê Văn Tám', bedId: null, admittedOn: '2026-10-20' });
    const r = move(tam, bed1!, { occurredOn: '2026-10-25' });
    expect(r).toMatchObject({ ok: false, error: { field: 'occurredOn' } });
    if (!r.ok) expect(r.error.message).toMatch(/còn người ở đến 05\/11\/2026/);
  });
});
