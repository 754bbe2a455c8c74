import { eq } from 'drizzle-orm';
import { familyContacts, personPhotos, persons } from '../../../db/schema';
import type { AdmitInput } from '../../../shared/contract/admissions';
import { nameColumns, normaliseFullName } from '../../../shared/domain/names';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';

type PersonInput = AdmitInput['person'];

const orNull = <T>(v: T | undefined): T | null => (v === undefined || v === '' ? null : v);

/** The stored form of a person (Mẫu 19): name parts, the folded name for search and the Vietnamese sort key. */
export function personValues(p: PersonInput): typeof persons.$inferInsert {
  const current = p.currentResidence;
  return {
    ...nameColumns(p.fullName),
    otherNames: orNull(p.otherNames),
    birthDate: p.birthDate ?? null,
    birthYear: p.birthDate ? Number(p.birthDate.slice(0, 4)) : (p.birthYear as number),
    sex: p.sex,
    // The body differs from the papers: the person lives in the other sex's area, in a separate room.
    physicalSex: p.physicalSexDiffers ? (p.sex === 'male' ? 'female' : 'male') : null,
    citizenId: orNull(p.citizenId),
    // A 12-digit number is a CCCD (the old 12-digit CMND numbers carried over to it); 9 digits is an old CMND.
    citizenIdKind: p.citizenId ? (p.citizenId.length === 12 ? 'cccd' : 'cmnd') : null,
    ethnicity: orNull(p.ethnicity),
    religion: orNull(p.religion),
    education: orNull(p.education),
    occupation: orNull(p.occupation),
    maritalStatus: orNull(p.maritalStatus),
    permanentProvince: p.residence.province,
    permanentCommune: p.residence.commune,
    permanentOldDistrict: orNull(p.residence.oldDistrict),
    permanentAddress: orNull(p.residence.address),
    currentProvince: current?.province ?? p.residence.province,
    currentCommune: current?.commune ?? p.residence.commune,
    currentOldDistrict: current ? orNull(current.oldDistrict) : orNull(p.residence.oldDistrict),
    currentAddress: current ? orNull(current.address) : orNull(p.residence.address),
    drugsUsed: orNull(p.drugsUsed),
    yearsOfUse: orNull(p.yearsOfUse),
    previousRehabCount: orNull(p.previousRehabCount),
  };
}

/** The first bytes each accepted image format starts with, so a renamed file of another kind is refused. */
const signatures: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** Decodes and checks the photo before anything is written. */
export function photoBytes(photo: NonNullable<PersonInput['photo']>): Buffer {
  const data = Buffer.from(photo.base64, 'base64');
  if (!signatures[photo.mime]?.(data)) {
    throw new AppError('invalid_input', 'Ảnh: nội dung tệp không phải ảnh JPEG, PNG hoặc WebP.', { field: 'person.photo' });
  }
  return data;
}

export function savePhoto(ctx: Ctx, personId: number, photo: { mime: string; data: Buffer }): void {
  const updatedAt = ctx.now().toISOString();
  ctx.db
    .insert(personPhotos)
    .values({ personId, mime: photo.mime, data: photo.data, updatedAt })
    .onConflictDoUpdate({ target: personPhotos.personId, set: { mime: photo.mime, data: photo.data, updatedAt } })
    .run();
  // The audit keeps the fact and size of the photo, not the image itself.
  ctx.audit({ entity: 'person_photo', entityId: personId, after: { mime: photo.mime, bytes: photo.data.length } });
}

/** Adds the contacts given on this admission; earlier ones stay (a family's phone numbers change between stays). */
export function addFamilyContacts(ctx: Ctx, personId: number, contacts: PersonInput['familyContacts']): void {
  for (const c of contacts) {
    const values = { personId, name: normaliseFullName(c.name), relation: c.relation, phone: orNull(c.phone), address: orNull(c.address) };
    const row = ctx.db.insert(familyContacts).values(values).returning({ id: familyContacts.id }).get();
    ctx.audit({ entity: 'family_contact', entityId: row.id, after: values });
  }
}

export function createPerson(ctx: Ctx, values: typeof persons.$inferInsert): number {
  const row = ctx.db.insert(persons).values(values).returning({ id: persons.id }).get();
  ctx.audit({ entity: 'person', entityId: row.id, after: values });
  return row.id;
}

/**
 * A returning person's record takes the details given on this admission (Mẫu 19 is filled again each time);
 * a detail left empty this time keeps what the register knew, and the audit row keeps what it said before.
 */
export function refreshPerson(ctx: Ctx, personId: number, values: typeof persons.$inferInsert): void {
  const before = ctx.db.select().from(persons).where(eq(persons.id, personId)).get();
  const given = Object.fromEntries(Object.entries(values).filter(([key, v]) => v !== null || key === 'physicalSex' || key === 'birthDate'));
  ctx.db.update(persons).set(given).where(eq(persons.id, personId)).run();
  ctx.audit({ entity: 'person', entityId: personId, before, after: given, reason: 'Tiếp nhận lại: cập nhật nhân thân theo lần tiếp nhận mới' });
}
