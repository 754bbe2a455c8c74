import type { Role } from '../../../../shared/contract';
import type { Catalogue } from './catalogue';
import type { World } from './world';

/** A 1×1 PNG, the smallest photo the admission's signature check accepts. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A present stay admitted long enough ago to have been visited, corrected and moved. */
const presentStay = (w: World) =>
  w.value("SELECT id FROM stays WHERE state = 'present' AND kind = 'compulsory_adult' ORDER BY admitted_on LIMIT 1");

const personOf = (w: World, stayId: number) => w.value('SELECT person_id FROM stays WHERE id = ?', stayId);

/** Beds in service that no stay on the books holds. */
const FREE_BED = `b.in_service = 1 AND b.id NOT IN
  (SELECT current_bed_id FROM stays WHERE current_bed_id IS NOT NULL AND state <> 'discharged')`;

/** A free bed in an ordinary room of the male compulsory area: where a compulsory adult man is placed. */
const freeCompulsoryBed = (w: World) =>
  w.value(`SELECT b.id FROM beds b JOIN rooms r ON r.id = b.room_id JOIN areas a ON a.id = r.area_id
           WHERE a.purpose = 'compulsory' AND a.sex = 'male' AND r.separate_room = 0 AND ${FREE_BED} ORDER BY b.id LIMIT 1`);

/** The male compulsory area ('A' in the demo), with what beds.updateArea needs to send back. */
const compulsoryArea = (w: World) =>
  w.row<{ id: number; code: string; name: string; purpose: string; sex: string }>(
    "SELECT id, code, name, purpose, sex FROM areas WHERE purpose = 'compulsory' AND sex = 'male' ORDER BY id LIMIT 1",
  );

/** An empty area of its own, with one room of two beds, made by the administrator. */
function emptyArea(w: World): { areaId: number; roomId: number; bedIds: number[] } {
  const areaId = w.ok('admin', 'beds.createArea', { code: 'TT2', name: 'Khu tạm thời 2', purpose: 'temporary', sex: 'male' }).id;
  const room = w.ok('admin', 'beds.createRoom', { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 2, workingCapacity: 2, bedCount: 2 });
  return { areaId, roomId: room.id, bedIds: room.bedIds };
}

/** A compulsory adult man brought in today, as the admission form sends it (see test-backend `admission()`). */
function newAdmission(w: World, photo = false) {
  return {
    kind: 'compulsory_adult' as const,
    person: {
      fullName: 'Trịnh Văn Khải',
      birthDate: '1991-04-12',
      sex: 'male',
      citizenId: '079091000017',
      occupation: 'Lái xe',
      residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' },
      familyContacts: [{ name: 'Trịnh Thị Mai', relation: 'Mẹ', phone: '0912345678' }],
      ...(photo ? { photo: { mime: 'image/png', base64: PNG_1X1 } } : {}),
    },
    decision: {
      court: 'Tòa án nhân dân khu vực 1 - Đồng Nai',
      decisionNumber: '41/2026/QĐ-TA',
      decisionDate: '2026-11-16',
      termMonths: 18,
    },
    broughtInOn: w.today,
    bedId: freeCompulsoryBed(w),
    health: { onArrival: 'Tỉnh táo, không sốt, không có vết thương' },
    handover: {
      handedOverBy: 'Đại úy Lê Văn Bình, Công an xã Xuân Tâm',
      items: [
        { kind: 'document', description: 'Quyết định áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc', quantity: 1 },
        { kind: 'belonging', description: 'Quần áo cá nhân', quantity: 3 },
      ],
    },
  };
}

/** Taken to hospital at 08:00 today: a movement the officer may record and then reverse. */
const toHospital = (stayId: number) => ({
  stayId,
  type: 'to_hospital' as const,
  occurredAt: '2026-11-23T08:00:00+07:00',
  reason: 'Sốt cao, nghi viêm phổi',
  destination: 'Bệnh viện Đa khoa tỉnh Đồng Nai',
  expectedReturnOn: '2026-11-27',
});

/** The day's first roll time (the morning roll at 06:30, already past at 10:00). */
const firstSlot = (w: World, role: Role) => w.ok(role, 'roll.times', {})[0]!.slot;

/** Today's first roll of the compulsory area with every expected resident marked as the movements say. */
function rollSheet(w: World, role: Role) {
  const key = { areaId: compulsoryArea(w).id, date: w.today, slot: firstSlot(w, role) };
  const { entries } = w.ok(role, 'roll.expected', key);
  return { ...key, entries: entries.map((e) => ({ stayId: e.stayId, status: e.expected })) };
}

/** A family visit this morning within the rules: two relatives, one hour, money and an item handed in. */
const visit = (stayId: number, visitOn: string) => ({
  stayId,
  visitOn,
  startTime: '08:30',
  durationMinutes: 60,
  visitors: [
    { name: 'Nguyễn Thị Hoa', relation: 'Mẹ', idNumber: '079065001234' },
    { name: 'Lê Văn Minh', relation: 'Anh trai' },
  ],
  handedIn: [
    { kind: 'money', description: 'Tiền gửi ký quỹ', amountDong: 500_000 },
    { kind: 'item', description: 'Sữa hộp', quantity: 6 },
  ],
});

const personFix = (personId: number) => ({ personId, reason: 'Ghi sai nghề nghiệp khi nhập hồ sơ', changes: { occupation: 'Thợ hồ' } });

export const registerCalls: Catalogue = {
  'beds.board': { input: () => ({ privacy: true }) },
  'beds.move': {
    // A free bed in the same area as the stay's current bed: sex, age and purpose stay within the rules.
    input: (w) =>
      w.row(
        `SELECT s.id AS stayId, b.id AS toBedId, 'Sắp xếp lại phòng ở theo đề nghị của đội' AS reason
         FROM stays s JOIN persons p ON p.id = s.person_id JOIN beds cb ON cb.id = s.current_bed_id
         JOIN rooms cr ON cr.id = cb.room_id JOIN areas a ON a.id = cr.area_id
         JOIN rooms r ON r.area_id = a.id AND r.separate_room = 0 JOIN beds b ON b.room_id = r.id AND ${FREE_BED}
         WHERE s.state = 'present' AND s.kind = 'compulsory_adult' AND a.purpose = 'compulsory' AND cr.separate_room = 0
           AND p.physical_sex IS NULL
           AND NOT EXISTS (SELECT 1 FROM health_records h WHERE h.person_id = p.id AND h.infectious_group_ab = 1)
         ORDER BY s.id, b.id LIMIT 1`,
      ),
  },
  'beds.candidates': { input: () => ({ query: 'nguyen', limit: 20 }) },
  'beds.history': {
    // The bed a resident was moved out of: a timeline with more than one stay.
    input: (w) => w.row("SELECT from_bed_id AS bedId, occurred_on AS \"on\" FROM movements WHERE type = 'bed_move' LIMIT 1"),
  },
  'beds.norms': { input: () => ({}) },
  'beds.createArea': { input: () => ({ code: 'B', name: 'Khu B', purpose: 'compulsory', sex: 'male' }) },
  'beds.updateArea': {
    // A new name for a lived-in area; purpose and sex unchanged.
    input: (w) => {
      const { id, ...area } = compulsoryArea(w);
      return { areaId: id, ...area, name: `Khu ${area.code} - cai nghiện bắt buộc nam, dãy nhà 1` };
    },
  },
  'beds.deleteArea': { input: (w) => ({ areaId: emptyArea(w).areaId }) },
  'beds.createRoom': {
    // No working capacity: the back end computes it from the floor area and the m² norm.
    input: (w) => ({ areaId: compulsoryArea(w).id, code: 'P09', name: 'Phòng 9', floorAreaM2: 36, designCapacity: 8, bedCount: 8 }),
  },
  'beds.updateRoom': {
    input: (w) => {
      type RoomRow = { id: number; code: string; name: string; area: number | null; design: number; working: number; separate: number; care: number };
      const room = w.row<RoomRow>(
        `SELECT r.id, r.code, r.name, r.floor_area_m2 AS area, r.design_capacity AS design, r.working_capacity AS working,
                r.separate_room AS separate, r.care_24h AS care
         FROM rooms r WHERE r.area_id = ? ORDER BY r.id LIMIT 1`,
        compulsoryArea(w).id,
      );
      return {
        roomId: room.id,
        code: room.code,
        name: `${room.name} (đã sửa chữa)`,
        floorAreaM2: room.area,
        designCapacity: room.design,
        workingCapacity: room.working,
        separateRoom: room.separate === 1,
        care24h: room.care === 1,
      };
    },
  },
  'beds.deleteRoom': { input: (w) => ({ roomId: emptyArea(w).roomId }) },
  'beds.addBeds': {
    input: (w) => ({ roomId: w.value('SELECT id FROM rooms WHERE area_id = ? ORDER BY id LIMIT 1', compulsoryArea(w).id), count: 2 }),
  },
  'beds.deleteBed': { input: (w) => ({ bedId: emptyArea(w).bedIds[1] }) },
  'beds.setOutOfService': { input: (w) => ({ bedId: freeCompulsoryBed(w), reason: 'Gãy khung giường, chờ sửa', since: w.today }) },
  'beds.setInService': {
    input: (w) => {
      const bedId = freeCompulsoryBed(w);
      w.ok('admin', 'beds.setOutOfService', { bedId, reason: 'Gãy khung giường, chờ sửa', since: '2026-11-20' });
      return { bedId, on: w.today };
    },
  },

  'residents.list': { input: (w) => ({ query: 'nguyen', areaId: compulsoryArea(w).id, sex: 'male' }) },
  'residents.get': { input: (w) => ({ stayId: presentStay(w) }) },
  'residents.photo': {
    // The demo has no photo: one is taken at an admission (the only place photos are stored).
    input: (w) => ({ personId: w.ok('officer', 'admissions.admit', newAdmission(w, true)).personId }),
  },
  'residents.corrections': {
    input: (w) => {
      const stayId = presentStay(w);
      w.ok('officer', 'persons.correct', personFix(personOf(w, stayId)));
      return { stayId };
    },
  },
  'persons.correct': {
    input: (w) => personFix(w.value("SELECT id FROM persons WHERE occupation IS NOT 'Thợ hồ' ORDER BY id LIMIT 1")),
  },
  'stays.correct': {
    input: (w) => ({
      stayId: w.value("SELECT s.id FROM stays s JOIN court_decisions c ON c.stay_id = s.id WHERE s.state = 'present' ORDER BY s.id LIMIT 1"),
      reason: 'Ghi sai tên tòa án khi nhập quyết định',
      changes: { court: 'Tòa án nhân dân khu vực 3 - Đồng Nai' },
    }),
  },

  'admissions.admit': { input: (w) => newAdmission(w) },
  'admissions.findReturning': {
    // Someone discharged earlier, as the officer types them in again.
    input: (w) =>
      w.row(
        `SELECT p.citizen_id AS citizenId, p.full_name AS fullName, p.birth_date AS birthDate FROM persons p
         WHERE p.citizen_id IS NOT NULL AND p.birth_date IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.person_id = p.id AND s.state <> 'discharged')
         ORDER BY p.id LIMIT 1`,
      ),
  },
  'admissions.record': { input: (w) => ({ stayId: presentStay(w) }) },

  'movements.record': { input: (w) => toHospital(presentStay(w)) },
  'movements.reverse': {
    input: (w, role) => {
      const { movementId } = w.ok(role, 'movements.record', toHospital(presentStay(w)));
      return { movementId, reason: 'Ghi nhầm học viên: người chuyển viện là học viên khác' };
    },
  },
  'movements.list': {
    // A present resident who has been to hospital and back.
    input: (w) => ({
      stayId: w.value(
        "SELECT m.stay_id FROM movements m JOIN stays s ON s.id = m.stay_id WHERE m.type = 'from_hospital' AND s.state = 'present' LIMIT 1",
      ),
    }),
  },

  'roll.times': { input: () => ({}) },
  'roll.expected': { input: (w, role) => ({ areaId: compulsoryArea(w).id, date: w.today, slot: firstSlot(w, role) }) },
  'roll.save': { input: (w, role) => rollSheet(w, role) },
  'roll.amend': {
    // Saved with everyone as expected, then one resident marked present is corrected to absent.
    input: (w, role) => {
      const sheet = rollSheet(w, role);
      const { rollId } = w.ok(role, 'roll.save', sheet);
      const stayId = sheet.entries.find((e) => e.status === 'present')!.stayId;
      return { rollId, stayId, toStatus: 'absent', reason: 'Học viên đang khám tại trạm y tế lúc điểm danh' };
    },
  },
  'roll.headcount': { input: (w) => ({ date: w.today, time: '09:00' }) },
  'census.asOf': { input: (w) => ({ date: '2026-11-01', time: '12:00', areaId: compulsoryArea(w).id }) },

  'visits.record': { input: (w) => visit(presentStay(w), w.today) },
  'visits.list': {
    input: (w) => {
      const stayId = presentStay(w);
      w.ok('officer', 'visits.record', visit(stayId, w.today));
      return { stayId };
    },
  },
  'alerts.overview': { input: () => ({}) },
};
