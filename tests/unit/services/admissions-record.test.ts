import { afterEach, describe, expect, it } from 'vitest';
import { admission, admissionOf, openTestBackend, setupFacility, type TestBackend } from './test-backend';

let t: TestBackend;
afterEach(() => t?.close());

describe('what the printed admission and handover records show', () => {
  it('returns the person as on Mẫu 19, the court decision, the bed, the handover items and the due dates', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const a = admission({ bedId: bedIds[3]! });
    const input = {
      ...a,
      heldDays: 5,
      person: { ...a.person, ethnicity: 'Tày', familyContacts: [{ name: 'Nguyễn Thị Lan', relation: 'Mẹ', phone: '0912345678' }] },
      handover: { ...a.handover, items: [...a.handover.items, { kind: 'valuable', description: 'Điện thoại Nokia', quantity: 1 }] },
    };
    const r = t.ok('admissions.admit', input, token);
    const record = t.ok('admissions.record', { stayId: r.stayId }, token);
    expect(record.stay).toMatchObject({ fileNumber: '2026/0001', kind: 'compulsory_adult', bedLabel: 'A-P01-G04', heldDaysDeducted: 5, recordedBy: 'Trần Văn Quản' });
    expect(record.person).toMatchObject({ fullName: 'Nguyễn Văn Hùng', ethnicity: 'Tày', citizenIdKind: 'cccd', photo: null });
    expect(record.person.familyContacts).toEqual([{ name: 'Nguyễn Thị Lan', relation: 'Mẹ', phone: '0912345678', address: null }]);
    expect(record.basis).toEqual({ kind: 'court', court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '12/2026/QĐ-TA', decisionDate: '2026-11-01', termMonths: 18 });
    expect(record.handover).toMatchObject({ receivedOn: '2026-11-10', handedOverBy: 'Đại úy Lê Văn Bình, Công an xã Xuân Tâm', recordedBy: 'Trần Văn Quản' });
    expect(record.handover?.items.map((i) => [i.kind, i.description])).toEqual([
      ['document', 'Quyết định áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc'],
      ['valuable', 'Điện thoại Nokia'],
    ]);
    expect(record.dueDates.visitsFrom?.date).toBe('2026-11-25');
  });

  it('gives the referral of an assessment as its basis', () => {
    t = openTestBackend();
    const { token } = setupFacility(t);
    const areaId = t.ok('beds.createArea', { code: 'T', name: 'Khu tạm', purpose: 'temporary', sex: 'male' }, token).id;
    const bed = t.ok('beds.createRoom', { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 4, workingCapacity: 4, bedCount: 4 }, token).bedIds[0]!;
    const r = t.ok('admissions.admit', admissionOf('assessment', bed, '2026-11-20'), token);
    expect(t.ok('admissions.record', { stayId: r.stayId }, token).basis).toEqual({
      kind: 'referral',
      documentNumber: '102/CV-CAX',
      documentDate: '2026-11-19',
      description: 'Đề nghị xác định tình trạng nghiện của Công an xã Xuân Tâm',
    });
  });

  it('answers not_found for a stay that does not exist', () => {
    t = openTestBackend();
    const { token } = setupFacility(t);
    expect(t.call('admissions.record', { stayId: 999 }, token)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
