import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/contract/roles';
import { openRegister, type Register } from './residents-fixture';

let r: Register;
let stayId: number;
let oldStayId: number;
let personId: number;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

beforeAll(() => {
  r = openRegister();
  personId = r.person({ fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-01', sex: 'male', citizenId: '079090000001' });
  oldStayId = r.stay({ personId, fileNumber: '2021/0031', kind: 'compulsory_adult', state: 'discharged', admittedOn: '2021-02-01', termMonths: 12, dischargedOn: '2022-02-01' });
  stayId = r.stay({ personId, fileNumber: '2026/0012', kind: 'voluntary', state: 'present', admittedOn: '2026-11-16', termMonths: 6, bedId: r.beds.A[0] });
  const run = (sql: string, ...params: unknown[]) => Number(r.t.backend.database.sqlite.prepare(sql).run(...params).lastInsertRowid);
  run(
    `UPDATE persons SET other_names = 'Hùng "đen"', ethnicity = 'Kinh', religion = 'Không', education = '9/12', occupation = 'Lái xe',
       marital_status = 'married', permanent_old_district = 'Huyện Xuân Lộc', current_province = 'Tỉnh Đồng Nai',
       current_commune = 'Phường Long Khánh', drugs_used = 'Heroin, ma túy đá', years_of_use = 6, previous_rehab_count = 1
     WHERE id = ?`,
    personId,
  );
  run("INSERT INTO family_contacts (person_id, name, relation, phone) VALUES (?, 'Nguyễn Thị Hoa', 'Mẹ', '0912345678')", personId);
  run("INSERT INTO person_photos (person_id, mime, data, updated_at) VALUES (?, 'image/png', ?, '2026-11-16T03:00:00Z')", personId, PNG);
  const handover = run(
    `INSERT INTO handover_records (stay_id, received_on, handed_over_by, health_on_arrival)
     VALUES (?, '2026-11-16', 'Trung úy Lê Văn Bình, Công an xã Xuân Tâm', 'Gầy yếu, đang điều trị ARV')`,
    stayId,
  );
  run("INSERT INTO handover_items (handover_id, kind, description, quantity) VALUES (?, 'valuable', 'Nhẫn vàng', 1)", handover);
  run("INSERT INTO handover_items (handover_id, kind, description, quantity) VALUES (?, 'document', 'Bản sao CCCD', 1)", handover);
  run(
    `INSERT INTO health_records (person_id, recorded_on, hiv, tuberculosis, hepatitis, mental_disorder, infectious_group_ab, note)
     VALUES (?, '2026-11-16', 1, 0, 0, 0, 1, 'HIV, đang điều trị ARV')`,
    personId,
  );
  run("INSERT INTO notices (stay_id, kind, recipient, due_on) VALUES (?, 'voluntary_admission', 'UBND xã Xuân Tâm', '2026-11-21')", stayId);
  run("INSERT INTO stay_documents (stay_id, kind, title, received_on) VALUES (?, 'contract', 'Hợp đồng cai nghiện', '2026-11-16')", stayId);
});
afterAll(() => r.t.close());

const profile = (role: Role) => r.t.ok('residents.get', { stayId }, r.tokens[role]);

describe('resident profile', () => {
  it('shows the person as Mẫu 19 records them, with every other stay of the person', () => {
    const p = profile('officer');
    expect(p.person).toMatchObject({
      fullName: 'Nguyễn Văn Hùng',
      otherNames: 'Hùng "đen"',
      ethnicity: 'Kinh',
      maritalStatus: 'married',
      permanentResidence: { province: 'Tỉnh Đồng Nai', commune: 'Xã Xuân Tâm', oldDistrict: 'Huyện Xuân Lộc' },
      currentResidence: { commune: 'Phường Long Khánh' },
      drugsUsed: 'Heroin, ma túy đá',
      yearsOfUse: 6,
      previousRehabCount: 1,
      hasPhoto: true,
      familyContacts: [{ name: 'Nguyễn Thị Hoa', relation: 'Mẹ', phone: '0912345678', address: null }],
    });
    expect(p.otherStays).toEqual([
      { stayId: oldStayId, fileNumber: '2021/0031', kind: 'compulsory_adult', admittedOn: '2021-02-01', dischargedOn: '2022-02-01', state: 'discharged' },
    ]);
    expect(p.bed?.label).toBe('A-P01-G01');
  });

  it('shows the handover list, the documents, the notices owed and when visits may start', () => {
    const p = profile('officer');
    expect(p.handover).toMatchObject({ handedOverBy: 'Trung úy Lê Văn Bình, Công an xã Xuân Tâm', receivedOn: '2026-11-16' });
    expect(p.handover?.items.map((i) => [i.kind, i.description])).toEqual([
      ['valuable', 'Nhẫn vàng'],
      ['document', 'Bản sao CCCD'],
    ]);
    expect(p.documents).toEqual([{ kind: 'contract', title: 'Hợp đồng cai nghiện', receivedOn: '2026-11-16', hasFile: false }]);
    expect(p.notices).toEqual([{ kind: 'voluntary_admission', recipient: 'UBND xã Xuân Tâm', dueOn: '2026-11-21', sentOn: null, reference: null }]);
    // No visits in the first 15 days (the default in settings), counted from the day brought in.
    expect(p.dueDates.visitsFrom).toMatchObject({ date: '2026-12-01', citation: expect.stringContaining('116/2021') });
    expect(p.dueDates.assessmentResult).toBeNull();
  });

  it('returns the photo as a data URL', () => {
    const { dataUrl } = r.t.ok('residents.photo', { personId }, r.tokens.trainer);
    expect(dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
  });
});

describe('health data in the profile (NĐ 116 Điều 4)', () => {
  it('is not sent at all to roles without health.read', () => {
    for (const role of ['officer', 'admin', 'trainer'] as const) {
      const p = profile(role);
      expect(p.health).toEqual({ visible: false });
      const wire = JSON.stringify(p);
      for (const secret of ['ARV', 'HIV', 'Gầy yếu', 'hiv', 'tuberculosis', 'infectiousGroupAB']) {
        expect(wire, `${role} must not receive "${secret}"`).not.toContain(secret);
      }
    }
  });

  it('is shown to the medical team and the head', () => {
    for (const role of ['medical', 'head'] as const) {
      expect(profile(role).health).toEqual({
        visible: true,
        onArrival: 'Gầy yếu, đang điều trị ARV',
        records: [
          { recordedOn: '2026-11-16', hiv: true, tuberculosis: false, hepatitis: false, mentalDisorder: false, infectiousGroupAB: true, note: 'HIV, đang điều trị ARV' },
        ],
      });
    }
  });
});

describe('drug history in the profile (NĐ 116 Điều 4)', () => {
  it('is sent to those who write the admission file and to the medical team, and masked for a trainer', () => {
    for (const role of ['officer', 'admin', 'head', 'medical'] as const) {
      expect(profile(role).person, role).toMatchObject({ drugsUsed: 'Heroin, ma túy đá', yearsOfUse: 6, previousRehabCount: 1 });
    }
    const trainer = profile('trainer');
    expect(trainer.person).toMatchObject({ drugsUsed: null, yearsOfUse: null, previousRehabCount: null });
    expect(JSON.stringify(trainer)).not.toContain('Heroin');
  });
});
