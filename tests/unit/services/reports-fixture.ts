import { HEAD, openDischargeWorld, type DischargeWorld } from './discharge-fixture';
import { vn } from './movements-fixture';
import { admission, admissionOf } from './test-backend';

/**
 * A hand-built register around October 2026 (today is 23/11/2026), every figure countable by hand:
 * - An, Cường, Đức, Phúc: compulsory adults admitted 01/06/2026; Cường escaped 25/10 and returned 05/11; Đức went
 *   to hospital 12/10 and came back 16/10; Phúc died 08/10;
 * - Mai: a woman, voluntary, admitted 20/09/2026, still here;
 * - Bình: admitted 05/10, transferred 20/10; Hải: admitted 01/09, transferred 30/09;
 * - Dũng: a first stay 10/01–01/06/2025 (transferred), admitted again 10/10/2026.
 */
export interface ReportWorld {
  w: DischargeWorld;
  stays: Record<'an' | 'binh' | 'cuong' | 'dung1' | 'dung2' | 'duc' | 'phuc' | 'mai' | 'hai', number>;
  officer: string;
}

export function openReportWorld(): ReportWorld {
  const w = openDischargeWorld();
  const { t, token } = w;
  const femaleArea = t.ok('beds.createArea', { code: 'NU', name: 'Khu nữ', purpose: 'voluntary', sex: 'female' }, token).id;
  const femaleBeds = t.ok('beds.createRoom', { areaId: femaleArea, code: 'P01', name: 'Phòng nữ', designCapacity: 10, workingCapacity: 10, bedCount: 10 }, token).bedIds;
  const admitOn = (broughtInOn: string) => w.admit({ broughtInOn, termMonths: 12 }).stayId;
  const move = (stayId: number, type: string, date: string, extra: Record<string, unknown> = {}) =>
    t.ok('movements.record', { stayId, type, occurredAt: vn(date), ...extra }, token);
  const leave = (stayId: number, date: string, reason: string, extra: Record<string, unknown>) => {
    const r = w.discharge(stayId, reason, { occurredAt: vn(date), ...extra });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  };
  const transfer = { destination: 'Cơ sở cai nghiện ma túy số 2', decisionNumber: '20/QĐ-SLĐ' };

  const an = admitOn('2026-06-01');
  const cuong = admitOn('2026-06-01');
  const duc = admitOn('2026-06-01');
  const phuc = admitOn('2026-06-01');
  const hai = admitOn('2026-09-01');
  const binh = admitOn('2026-10-05');
  const first = t.ok('admissions.admit', admission({ bedId: w.beds.compulsory[40]!, broughtInOn: '2025-01-10', decisionDate: '2025-01-03', termMonths: 12, fullName: 'Lê Văn Dũng', citizenId: '079090009999' }), token);
  leave(first.stayId, '2025-06-01', 'transferred', transfer);
  const dung2 = t.ok(
    'admissions.admit',
    { ...admission({ bedId: w.beds.compulsory[41]!, broughtInOn: '2026-10-10', decisionDate: '2026-10-03', termMonths: 12, fullName: 'Lê Văn Dũng', citizenId: '079090009999' }), personId: first.personId },
    token,
  ).stayId;
  const base = admissionOf('voluntary', femaleBeds[0]!, '2026-09-20');
  const mai = t.ok(
    'admissions.admit',
    {
      ...base,
      person: { ...base.person, fullName: 'Trần Thị Mai', sex: 'female', citizenId: '079190000001', birthDate: '1995-02-02' },
      contract: { ...base.contract, signedOn: '2026-09-20', startsOn: '2026-09-20', endsOn: '2027-03-20' },
      confirmNewPerson: true,
    },
    token,
  ).stayId;

  move(cuong, 'escaped', '2026-10-25', { reason: 'Không có mặt khi điểm danh sáng' });
  move(cuong, 'returned', '2026-11-05', { reason: 'Gia đình đưa trở lại' });
  move(duc, 'to_hospital', '2026-10-12', { destination: 'Bệnh viện đa khoa tỉnh', expectedReturnOn: '2026-10-20' });
  move(duc, 'from_hospital', '2026-10-16');
  leave(phuc, '2026-10-08', 'died', { deathCause: 'Ngừng tim' });
  leave(hai, '2026-09-30', 'transferred', transfer);
  leave(binh, '2026-10-20', 'transferred', transfer);

  t.ok('users.create', { username: 'canbo', fullName: 'Phạm Văn Cán', role: 'officer', password: 'can-bo-quan-ly-1' }, token);
  const officer = t.ok('auth.login', { username: 'canbo', password: 'can-bo-quan-ly-1' }, null).token;
  return { w, stays: { an, binh, cuong, dung1: first.stayId, dung2, duc, phuc, mai, hai }, officer };
}

export { HEAD };
export const october = { kind: 'month', convention: 'calendar', year: 2026, month: 10 } as const;
export const octoberCutoff = { kind: 'month', convention: 'cutoff15', year: 2026, month: 10 } as const;
