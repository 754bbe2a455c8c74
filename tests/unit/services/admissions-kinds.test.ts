import { afterEach, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../shared/domain/dates';
import { admissionOf, count, openTestBackend, setupFacility, type TestBackend } from './test-backend';

let t: TestBackend;
afterEach(() => t?.close());

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** The facility's areas besides the men's compulsory one: a bed list per purpose (all men's areas). */
function areas(token: string) {
  const beds: Record<string, number[]> = {};
  for (const purpose of ['temporary', 'minors', 'voluntary', 'infectious'] as const) {
    const areaId = t.ok('beds.createArea', { code: purpose.slice(0, 3).toUpperCase(), name: `Khu ${purpose}`, purpose, sex: 'male' }, token).id;
    beds[purpose] = t.ok('beds.createRoom', { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 6, workingCapacity: 6, bedCount: 6 }, token).bedIds;
  }
  return beds as Record<'temporary' | 'minors' | 'voluntary' | 'infectious', number[]>;
}

const sql = <T>(query: string, ...params: unknown[]) => t.backend.database.sqlite.prepare(query).all(...params) as T[];

/** Row counts of every table an admission writes: a refusal must leave all of them as they were. */
const written = ['persons', 'stays', 'court_decisions', 'voluntary_contracts', 'management_decisions', 'handover_records', 'handover_items', 'health_records', 'person_photos', 'family_contacts', 'notices', 'movements', 'audit_log', 'file_number_counters'];
const snapshot = () => Object.fromEntries(written.map((table) => [table, count(t, table)]));

describe('admitting each kind of resident', () => {
  it('a compulsory adult: stay, court decision, health, handover items, photo, contacts, movement and audit', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const input = {
      ...admissionOf('compulsory_adult', bedIds[0]!),
      person: {
        ...admissionOf('compulsory_adult', bedIds[0]!).person,
        otherNames: 'Hùng "đen"',
        ethnicity: 'Kinh',
        maritalStatus: 'married',
        residence: { province: 'Tỉnh Đồng Nai', commune: 'Xã Xuân Tâm', oldDistrict: 'Huyện Xuân Lộc', address: 'Ấp 3' },
        currentResidence: { province: 'Thành phố Hồ Chí Minh', commune: 'Phường Bến Thành', address: '12 Lê Lợi' },
        familyContacts: [
          { name: 'nguyễn thị lan', relation: 'Mẹ', phone: '0912 345 678' },
          { name: 'Nguyễn Văn Tú', relation: 'Anh trai' },
        ],
        drugsUsed: 'Ma túy đá, heroin',
        yearsOfUse: 6,
        previousRehabCount: 1,
        photo: { mime: 'image/png', base64: PNG_1PX },
      },
      health: { onArrival: 'Gầy, tỉnh táo', hiv: true },
      handover: {
        handedOverBy: 'Đại úy Lê Văn Bình, Công an xã Xuân Tâm',
        note: 'Bàn giao lúc 9 giờ',
        items: [
          { kind: 'document', description: 'Quyết định của Tòa án số 12/2026/QĐ-TA', quantity: 1 },
          { kind: 'belonging', description: 'Bộ quần áo', quantity: 2 },
          { kind: 'valuable', description: 'Nhẫn vàng 18K', quantity: 1, note: '1 chỉ' },
        ],
      },
    };
    const before = count(t, 'audit_log');
    const r = t.ok('admissions.admit', input, token);
    expect(r).toMatchObject({ fileNumber: '2026/0001', isReadmission: false, heldDaysDeducted: 0, closedStay: null, expectedRelease: addMonths('2026-11-10', 18) });
    expect(r.dueDates.visitsFrom).toEqual({ date: '2026-11-25', citation: expect.stringContaining('116/2021') });
    expect(r.dueDates.communeNotice).toBeNull();

    const [person] = sql<Record<string, unknown>>('SELECT * FROM persons');
    expect(person).toMatchObject({
      full_name: 'Nguyễn Văn Hùng',
      other_names: 'Hùng "đen"',
      citizen_id_kind: 'cccd',
      marital_status: 'married',
      permanent_old_district: 'Huyện Xuân Lộc',
      current_province: 'Thành phố Hồ Chí Minh',
      current_address: '12 Lê Lợi',
      years_of_use: 6,
      previous_rehab_count: 1,
    });
    expect(sql('SELECT name, relation, phone FROM family_contacts ORDER BY id')).toEqual([
      { name: 'Nguyễn Thị Lan', relation: 'Mẹ', phone: '0912 345 678' },
      { name: 'Nguyễn Văn Tú', relation: 'Anh trai', phone: null },
    ]);
    const [photo] = sql<{ mime: string; data: Buffer }>('SELECT mime, data FROM person_photos');
    expect(photo?.mime).toBe('image/png');
    expect(photo?.data.equals(Buffer.from(PNG_1PX, 'base64'))).toBe(true);
    expect(sql('SELECT court, decision_number AS n, term_months AS m FROM court_decisions WHERE stay_id = ?', r.stayId)).toEqual([
      { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', n: '12/2026/QĐ-TA', m: 18 },
    ]);
    expect(sql('SELECT hiv, tuberculosis, infectious_group_ab AS ab, note FROM health_records')).toEqual([{ hiv: 1, tuberculosis: null, ab: 0, note: 'Gầy, tỉnh táo' }]);
    expect(sql('SELECT received_on AS d, handed_over_by AS who, health_on_arrival AS h FROM handover_records WHERE stay_id = ?', r.stayId)).toEqual([
      { d: '2026-11-10', who: 'Đại úy Lê Văn Bình, Công an xã Xuân Tâm', h: 'Gầy, tỉnh táo' },
    ]);
    expect(sql('SELECT kind, description, quantity, note FROM handover_items ORDER BY id').map((i) => Object.values(i as object))).toEqual([
      ['document', 'Quyết định của Tòa án số 12/2026/QĐ-TA', 1, null],
      ['belonging', 'Bộ quần áo', 2, null],
      ['valuable', 'Nhẫn vàng 18K', 1, '1 chỉ'],
    ]);
    expect(sql('SELECT type, to_bed_id AS bed, document_number AS doc FROM movements')).toEqual([{ type: 'admitted', bed: bedIds[0], doc: '12/2026/QĐ-TA' }]);
    expect(count(t, 'notices')).toBe(0);
    const entities = sql<{ entity: string }>('SELECT entity FROM audit_log WHERE id > ? ORDER BY id', before).map((a) => a.entity);
    expect(new Set(entities)).toEqual(new Set(['person', 'family_contact', 'person_photo', 'stay', 'court_decision', 'health_record', 'handover_record', 'movement']));
  });

  it('a minor from 12 to under 18 in the minors’ area, with the minors’ term range', () => {
    t = openTestBackend();
    const { token } = setupFacility(t);
    const beds = areas(token);
    const minor = (termMonths: number, birthDate = '2010-02-01') => {
      const a = admissionOf('compulsory_minor', beds.minors[0]!);
      return { ...a, person: { ...a.person, birthDate }, decision: { ...a.decision, termMonths } };
    };
    const long = t.call('admissions.admit', minor(13), token);
    expect(long).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'decision.termMonths' } });
    if (!long.ok) expect(long.error.message).toContain('từ 6 đến 12 tháng (Luật Phòng, chống ma túy 73/2021/QH14, Điều 33 khoản 3)');
    const grown = t.call('admissions.admit', minor(9, '2008-10-31'), token);
    expect(grown).toMatchObject({ ok: false, error: { field: 'person.birthDate' } });
    expect(count(t, 'stays')).toBe(0);

    const r = t.ok('admissions.admit', minor(9), token);
    expect(sql('SELECT kind, term_months AS m, expected_release AS rel FROM stays')).toEqual([{ kind: 'compulsory_minor', m: 9, rel: addMonths('2026-11-10', 9) }]);
    expect(sql('SELECT decision_number AS n FROM court_decisions WHERE stay_id = ?', r.stayId)).toEqual([{ n: '15/2026/QĐ-TA' }]);
  });

  it('a voluntary resident by contract: contract row, term from its months, and the commune notice in 5 working days', () => {
    t = openTestBackend();
    const { token } = setupFacility(t);
    const beds = areas(token);
    // 11/11/2026 (Wednesday) is made a holiday: Tue 10 → Thu 12, Fri 13, Mon 16, Tue 17, Wed 18.
    t.ok('settings.setHolidays', { holidays: ['2026-11-11'] }, token);
    const r = t.ok('admissions.admit', admissionOf('voluntary', beds.voluntary[0]!), token);
    expect(r.dueDates.communeNotice).toEqual({ date: '2026-11-18', citation: expect.stringContaining('73/2021') });
    expect(sql('SELECT kind, recipient, due_on AS due, sent_on AS sent FROM notices WHERE stay_id = ?', r.stayId)).toEqual([
      { kind: 'voluntary_admission', recipient: 'commune', due: '2026-11-18', sent: null },
    ]);
    expect(sql('SELECT contract_number AS n, fee_dong AS fee, payer, priority_group AS g FROM voluntary_contracts WHERE stay_id = ?', r.stayId)).toEqual([
      { n: '08/2026/HĐ-CNTN', fee: 1872000, payer: 'Gia đình (bà Nguyễn Thị Lan, mẹ)', g: 'poor_household' },
    ]);
    expect(sql('SELECT term_months AS m, expected_release AS rel FROM stays')).toEqual([{ m: 6, rel: '2027-05-10' }]);
  });

  it('refuses a voluntary contract shorter than the law allows, naming the end date and the article', () => {
    t = openTestBackend();
    const { token } = setupFacility(t);
    const beds = areas(token);
    const a = admissionOf('voluntary', beds.voluntary[0]!);
    const r = t.call('admissions.admit', { ...a, contract: { ...a.contract, endsOn: '2027-03-10' } }, token);
    expect(r).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'contract.endsOn' } });
    if (!r.ok) expect(r.error.message).toMatch(/từ 6 đến 12 tháng \(Luật Phòng, chống ma túy 73\/2021\/QH14, Điều 31\); hợp đồng này 4 tháng/);
    expect(count(t, 'notices') + count(t, 'voluntary_contracts')).toBe(0);
  });

  it('a person held while the compulsory file is prepared, then the court decision: the held days are deducted', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const beds = areas(token);
    const pending = admissionOf('pending_decision', beds.temporary[0]!, '2026-10-01');
    const held = t.ok('admissions.admit', { ...pending, management: { ...pending.management, decisionDate: '2026-09-30' } }, token);
    expect(held).toMatchObject({ expectedRelease: null, heldDaysDeducted: 0 });
    expect(sql('SELECT decision_number AS n, issuer FROM management_decisions WHERE stay_id = ?', held.stayId)).toEqual([
      { n: '31/QĐ-UBND', issuer: 'Chủ tịch UBND xã Xuân Tâm' },
    ]);
    expect(sql('SELECT term_months AS m FROM stays')).toEqual([{ m: null }]);

    const r = t.ok('admissions.admit', { ...admissionOf('compulsory_adult', bedIds[0]!), personId: held.personId }, token);
    expect(r).toMatchObject({ heldDaysDeducted: 40, isReadmission: true, closedStay: { stayId: held.stayId, fileNumber: '2026/0001' } });
    expect(r.expectedRelease).toBe(addDays(addMonths('2026-11-10', 18), -40));
    expect(sql('SELECT state, current_bed_id AS bed, discharged_on AS d, discharge_reason AS why FROM stays WHERE id = ?', held.stayId)).toEqual([
      { state: 'discharged', bed: null, d: '2026-11-10', why: 'to_compulsory' },
    ]);
    expect(sql("SELECT from_bed_id AS bed, document_number AS doc FROM movements WHERE stay_id = ? AND type = 'discharged'", held.stayId)).toEqual([
      { bed: beds.temporary[0], doc: '12/2026/QĐ-TA' },
    ]);
    const p = t.ok('residents.get', { stayId: r.stayId }, token);
    expect(p.clock?.releaseDate).toBe(r.expectedRelease);
    expect(p.otherStays.map((s) => s.stayId)).toEqual([held.stayId]);
  });

  it('deducts the held days an officer enters for a file prepared elsewhere', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const r = t.ok('admissions.admit', { ...admissionOf('compulsory_adult', bedIds[0]!), heldDays: 12 }, token);
    expect(r.heldDaysDeducted).toBe(12);
    expect(sql('SELECT held_days_deducted AS h FROM stays')).toEqual([{ h: 12 }]);
  });

  it('an addiction-status assessment: the result is due within the legal days, kept as the expected end', () => {
    t = openTestBackend();
    const { token } = setupFacility(t);
    const beds = areas(token);
    const r = t.ok('admissions.admit', admissionOf('assessment', beds.temporary[0]!, '2026-11-20'), token);
    expect(r.dueDates).toMatchObject({ assessmentResult: { date: '2026-11-25', citation: 'Thông tư 18/2021/TT-BYT, Điều 5' }, visitsFrom: null });
    expect(sql('SELECT kind, term_months AS m, expected_release AS rel FROM stays')).toEqual([{ kind: 'assessment', m: null, rel: '2026-11-25' }]);
    expect(sql('SELECT document_number AS doc, document_date AS d, reason FROM movements')).toEqual([
      { doc: '102/CV-CAX', d: '2026-11-19', reason: 'Đề nghị xác định tình trạng nghiện của Công an xã Xuân Tâm' },
    ]);
  });

  it('sends a group A/B case to the infectious area and refuses them a compulsory bed', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const beds = areas(token);
    const sick = (bedId: number) => ({ ...admissionOf('compulsory_adult', bedId), health: { onArrival: 'Ho kéo dài, đang điều trị lao phổi', tuberculosis: true, infectiousGroupAB: true } });
    const refused = t.call('admissions.admit', sick(bedIds[0]!), token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'bedId' } });
    expect(count(t, 'persons')).toBe(0);
    t.ok('admissions.admit', sick(beds.infectious[0]!), token);
    expect(sql('SELECT tuberculosis AS tb, infectious_group_ab AS ab FROM health_records')).toEqual([{ tb: 1, ab: 1 }]);
  });

  it('writes nothing at all when any kind of admission is refused', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const beds = areas(token);
    const before = snapshot();
    const adult = admissionOf('compulsory_adult', bedIds[0]!);
    const voluntary = admissionOf('voluntary', beds.voluntary[0]!);
    const pending = admissionOf('pending_decision', beds.temporary[0]!);
    const refusals = [
      { ...adult, decision: { ...adult.decision, termMonths: 25 } },
      { ...adult, bedId: beds.minors[0]! },
      { ...admissionOf('compulsory_minor', beds.minors[0]!) },
      { ...voluntary, contract: { ...voluntary.contract, signedOn: '2026-11-11' } },
      { ...pending, management: { ...pending.management, decisionDate: '2026-11-12' } },
      admissionOf('assessment', beds.temporary[0]!),
      { ...adult, person: { ...adult.person, photo: { mime: 'image/jpeg', base64: PNG_1PX } } },
      { ...adult, handover: { ...adult.handover, receivedOn: '2026-11-09' } },
      { ...adult, person: { ...adult.person, birthDate: undefined } },
    ];
    for (const input of refusals) expect(t.call('admissions.admit', input, token).ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a photo that is not what it claims or over 2 MB, under the photo field', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const a = admissionOf('compulsory_adult', bedIds[0]!);
    const fake = t.call('admissions.admit', { ...a, person: { ...a.person, photo: { mime: 'image/jpeg', base64: PNG_1PX } } }, token);
    expect(fake).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'person.photo' } });
    const huge = Buffer.alloc(2 * 1024 * 1024 + 1, 0xff).toString('base64');
    const big = t.call('admissions.admit', { ...a, person: { ...a.person, photo: { mime: 'image/jpeg', base64: huge } } }, token);
    expect(big).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!big.ok) expect(big.error.issues).toContainEqual({ field: 'person.photo.base64', message: 'Ảnh: tối đa 2 MB' });
  });
});
