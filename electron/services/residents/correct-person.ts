import { and, eq, ne } from 'drizzle-orm';
import { persons } from '../../../db/schema';
import type { PersonCorrection } from '../../../shared/contract/residents-corrections';
import { effectiveBirthDate } from '../../../shared/domain/admission-rules';
import { ageOn, formatDateVN } from '../../../shared/domain/dates';
import { nameColumns, normaliseFullName } from '../../../shared/domain/names';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { legal } from '../settings/legal';
import { correctableDetails, type CorrectableDetails as Correctable } from './person-details';
import { changedFields, pick } from './diff';

const blankToNull = <T>(v: T | null | undefined): T | null => (v === undefined || v === '' ? null : v);

/** The birth after the correction: a full date sets the year; `null` keeps only the year. */
function nextBirth(current: Correctable, c: PersonCorrection, today: string): { birthDate: string | null; birthYear: number } {
  const birthDate = c.birthDate === undefined ? current.birthDate : c.birthDate;
  if (birthDate) {
    if (c.birthYear !== undefined && c.birthYear !== Number(birthDate.slice(0, 4))) {
      throw new AppError('invalid_input', 'Năm sinh không khớp với ngày sinh: chỉ nhập năm sinh khi không rõ ngày sinh.', {
        field: 'changes.birthYear',
      });
    }
    if (birthDate > today) throw new AppError('invalid_input', 'Ngày sinh: không được sau hôm nay.', { field: 'changes.birthDate' });
    return { birthDate, birthYear: Number(birthDate.slice(0, 4)) };
  }
  const birthYear = c.birthYear ?? current.birthYear;
  if (birthYear > Number(today.slice(0, 4))) {
    throw new AppError('invalid_input', 'Năm sinh: không được sau năm nay.', { field: 'changes.birthYear' });
  }
  return { birthDate: null, birthYear };
}

/** The person's details as they would read after the correction, normalised the way admission stores them. */
function corrected(current: Correctable, c: PersonCorrection, today: string): Correctable {
  const residence = (r: PersonCorrection['permanentResidence']) =>
    r && { province: r.province, commune: r.commune, oldDistrict: blankToNull(r.oldDistrict), address: blankToNull(r.address) };
  const text = <K extends keyof Correctable>(key: K, v: Correctable[K] | undefined): Correctable[K] =>
    v === undefined ? current[key] : (blankToNull(v) as Correctable[K]);
  return {
    ...current,
    ...nextBirth(current, c, today),
    fullName: c.fullName === undefined ? current.fullName : normaliseFullName(c.fullName),
    otherNames: text('otherNames', c.otherNames),
    citizenId: c.citizenId ?? current.citizenId,
    // As at admission: a 12-digit number is a CCCD, 9 digits an old CMND.
    citizenIdKind: c.citizenId === undefined ? current.citizenIdKind : c.citizenId.length === 12 ? 'cccd' : 'cmnd',
    ethnicity: text('ethnicity', c.ethnicity),
    religion: text('religion', c.religion),
    education: text('education', c.education),
    occupation: text('occupation', c.occupation),
    maritalStatus: text('maritalStatus', c.maritalStatus),
    permanentResidence: residence(c.permanentResidence) ?? current.permanentResidence,
    currentResidence: residence(c.currentResidence) ?? current.currentResidence,
    drugsUsed: text('drugsUsed', c.drugsUsed),
    yearsOfUse: c.yearsOfUse === undefined ? current.yearsOfUse : c.yearsOfUse,
    previousRehabCount: c.previousRehabCount === undefined ? current.previousRehabCount : c.previousRehabCount,
  };
}

/** A citizen ID belongs to one person: correcting to someone else's number is refused, naming who holds it. */
function refuseTakenCitizenId(ctx: Ctx, personId: number, citizenId: string): void {
  const holder = ctx.db
    .select({ fullName: persons.fullName, birthDate: persons.birthDate, birthYear: persons.birthYear })
    .from(persons)
    .where(and(eq(persons.citizenId, citizenId), ne(persons.id, personId)))
    .get();
  if (holder) {
    const born = holder.birthDate ? formatDateVN(holder.birthDate) : String(holder.birthYear);
    throw new AppError('conflict', `Số CCCD ${citizenId} đã thuộc về ${holder.fullName} (sinh ${born}) trong sổ. Kiểm tra lại số CCCD.`, {
      field: 'changes.citizenId',
    });
  }
}

/**
 * A new birth date must still fit the legal basis of every compulsory stay (adult, or 12 to under 18, on the
 * decision date): otherwise the correction would change a stay's legal standing, which is not an officer's edit.
 */
function refuseBirthAgainstStays(ctx: Ctx, personId: number, birth: { birthDate: string | null; birthYear: number }): void {
  const rows = ctx.sqlite
    .prepare(
      `SELECT s.file_number AS fileNumber, s.kind, s.admitted_on AS admittedOn, c.decision_date AS decisionDate
       FROM stays s LEFT JOIN court_decisions c ON c.stay_id = s.id
       WHERE s.person_id = ? AND s.kind IN ('compulsory_adult', 'compulsory_minor')`,
    )
    .all(personId) as { fileNumber: string; kind: 'compulsory_adult' | 'compulsory_minor'; admittedOn: string; decisionDate: string | null }[];
  const born = effectiveBirthDate({ date: birth.birthDate, year: birth.birthYear });
  for (const s of rows) {
    const on = s.decisionDate ?? s.admittedOn;
    const age = ageOn(born, on);
    const adult = legal(ctx.sqlite, 'age.adult', on);
    const minimum = legal(ctx.sqlite, 'age.minimum', on);
    const fits =
      s.kind === 'compulsory_adult' ? age >= adult.value.years : age >= minimum.value.years && age < adult.value.years;
    if (!fits) {
      const rule = s.kind === 'compulsory_adult' ? `đủ ${adult.value.years} tuổi (${adult.citation})` : `từ đủ ${minimum.value.years} đến dưới ${adult.value.years} tuổi (${minimum.citation})`;
      throw new AppError(
        'rule_violation',
        `Với ngày sinh này, người này ${age} tuổi vào ngày ${formatDateVN(on)}, không còn ${rule} như căn cứ của hồ sơ ${s.fileNumber}. ` +
          'Sửa như vậy làm thay đổi căn cứ pháp lý của lượt; cần văn bản của cơ quan có thẩm quyền, không sửa bằng đính chính.',
        { field: 'changes.birthDate' },
      );
    }
  }
}

export function correctPerson(ctx: Ctx, input: { personId: number; reason: string; changes: PersonCorrection }) {
  const row = ctx.db.select().from(persons).where(eq(persons.id, input.personId)).get();
  if (!row) throw new AppError('not_found', 'Không tìm thấy người này trong sổ.');
  const current = correctableDetails(row);
  const next = corrected(current, input.changes, ctx.today());
  const changed = changedFields(current, next);
  if (changed.length === 0) {
    throw new AppError('invalid_input', 'Không có thông tin nào thay đổi so với hồ sơ: sửa ít nhất một mục.');
  }
  if (changed.includes('citizenId') && next.citizenId) refuseTakenCitizenId(ctx, row.id, next.citizenId);
  if (changed.includes('birthDate') || changed.includes('birthYear')) refuseBirthAgainstStays(ctx, row.id, next);

  const { permanentResidence: perm, currentResidence: cur, fullName, ...plain } = next;
  ctx.db
    .update(persons)
    .set({
      ...plain,
      ...nameColumns(fullName),
      permanentProvince: perm.province,
      permanentCommune: perm.commune,
      permanentOldDistrict: perm.oldDistrict,
      permanentAddress: perm.address,
      currentProvince: cur.province,
      currentCommune: cur.commune,
      currentOldDistrict: cur.oldDistrict,
      currentAddress: cur.address,
    })
    .where(eq(persons.id, row.id))
    .run();
  ctx.audit({ entity: 'person', entityId: row.id, before: pick(current, changed), after: pick(next, changed), reason: input.reason });
  return { personId: row.id, changed };
}
