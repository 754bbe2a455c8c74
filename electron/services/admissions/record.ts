import { asc, eq } from 'drizzle-orm';
import {
  courtDecisions,
  familyContacts,
  handoverItems,
  handoverRecords,
  managementDecisions,
  personPhotos,
  persons,
  stays,
  users,
  voluntaryContracts,
} from '../../../db/schema';
import type { AdmissionRecord } from '../../../shared/contract/admission-record';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { bedById, bedLabel } from '../beds/queries';
import { dueDatesFor } from './due-dates';

type Stay = typeof stays.$inferSelect;

function userName(ctx: Ctx, id: number | null): string | null {
  if (id === null) return null;
  return ctx.db.select({ fullName: users.fullName }).from(users).where(eq(users.id, id)).get()?.fullName ?? null;
}

/** The admission movement: the bed the person was first placed in and the document it cites. */
function admissionMovement(ctx: Ctx, stayId: number) {
  return ctx.sqlite
    .prepare(
      `SELECT to_bed_id AS toBedId, document_number AS documentNumber, document_date AS documentDate, reason
       FROM movements WHERE stay_id = ? AND type = 'admitted' ORDER BY id LIMIT 1`,
    )
    .get(stayId) as { toBedId: number | null; documentNumber: string | null; documentDate: string | null; reason: string | null } | undefined;
}

function basis(ctx: Ctx, stay: Stay, moved: ReturnType<typeof admissionMovement>): AdmissionRecord['basis'] {
  if (stay.kind === 'compulsory_adult' || stay.kind === 'compulsory_minor') {
    const d = ctx.db.select().from(courtDecisions).where(eq(courtDecisions.stayId, stay.id)).get();
    return d ? { kind: 'court', court: d.court, decisionNumber: d.decisionNumber, decisionDate: d.decisionDate, termMonths: d.termMonths } : null;
  }
  if (stay.kind === 'voluntary') {
    const c = ctx.db.select().from(voluntaryContracts).where(eq(voluntaryContracts.stayId, stay.id)).get();
    if (!c) return null;
    const { contractNumber, signedOn, startsOn, endsOn, feeDong, payer, priorityGroup } = c;
    return { kind: 'contract', contractNumber, signedOn, startsOn, endsOn, feeDong, payer, priorityGroup };
  }
  if (stay.kind === 'pending_decision') {
    const m = ctx.db.select().from(managementDecisions).where(eq(managementDecisions.stayId, stay.id)).get();
    return m ? { kind: 'management', decisionNumber: m.decisionNumber, decisionDate: m.decisionDate, issuer: m.issuer } : null;
  }
  if (!moved) return null;
  return { kind: 'referral', documentNumber: moved.documentNumber, documentDate: moved.documentDate, description: moved.reason };
}

function handover(ctx: Ctx, stayId: number): AdmissionRecord['handover'] {
  const h = ctx.db.select().from(handoverRecords).where(eq(handoverRecords.stayId, stayId)).orderBy(asc(handoverRecords.id)).get();
  if (!h) return null;
  const items = ctx.db
    .select({ kind: handoverItems.kind, description: handoverItems.description, quantity: handoverItems.quantity, note: handoverItems.note })
    .from(handoverItems)
    .where(eq(handoverItems.handoverId, h.id))
    .orderBy(asc(handoverItems.id))
    .all();
  return {
    receivedOn: h.receivedOn,
    handedOverBy: h.handedOverBy,
    healthOnArrival: h.healthOnArrival,
    note: h.note,
    recordedBy: userName(ctx, h.recordedBy),
    items,
  };
}

/** Everything the printed admission and handover records of a stay show. */
export function admissionRecordOf(ctx: Ctx, stayId: number): AdmissionRecord {
  const stay = ctx.db.select().from(stays).where(eq(stays.id, stayId)).get();
  if (!stay) throw new AppError('not_found', 'Không tìm thấy lượt cai nghiện này.');
  const p = ctx.db.select().from(persons).where(eq(persons.id, stay.personId)).get();
  if (!p) throw new AppError('not_found', 'Không tìm thấy học viên.');
  const photo = ctx.db.select().from(personPhotos).where(eq(personPhotos.personId, p.id)).get();
  const contacts = ctx.db
    .select({ name: familyContacts.name, relation: familyContacts.relation, phone: familyContacts.phone, address: familyContacts.address })
    .from(familyContacts)
    .where(eq(familyContacts.personId, p.id))
    .orderBy(asc(familyContacts.id))
    .all();
  const moved = admissionMovement(ctx, stay.id);
  const bed = moved?.toBedId ? bedById(ctx.sqlite, moved.toBedId) : undefined;
  return {
    stay: {
      id: stay.id,
      fileNumber: stay.fileNumber,
      kind: stay.kind,
      admittedOn: stay.admittedOn,
      termMonths: stay.termMonths,
      heldDaysDeducted: stay.heldDaysDeducted,
      isReadmission: stay.isReadmission,
      expectedRelease: stay.expectedRelease,
      bedLabel: bed ? bedLabel(bed) : null,
      recordedBy: userName(ctx, stay.createdBy),
    },
    person: {
      fullName: p.fullName,
      otherNames: p.otherNames,
      birthDate: p.birthDate,
      birthYear: p.birthYear,
      sex: p.sex,
      citizenId: p.citizenId,
      citizenIdKind: p.citizenIdKind,
      ethnicity: p.ethnicity,
      religion: p.religion,
      education: p.education,
      occupation: p.occupation,
      maritalStatus: p.maritalStatus,
      residence: { province: p.permanentProvince, commune: p.permanentCommune, oldDistrict: p.permanentOldDistrict, address: p.permanentAddress },
      currentResidence: { province: p.currentProvince, commune: p.currentCommune, oldDistrict: p.currentOldDistrict, address: p.currentAddress },
      familyContacts: contacts,
      drugsUsed: p.drugsUsed,
      yearsOfUse: p.yearsOfUse,
      previousRehabCount: p.previousRehabCount,
      photo: photo ? { mime: photo.mime, base64: photo.data.toString('base64') } : null,
    },
    basis: basis(ctx, stay, moved),
    handover: handover(ctx, stay.id),
    dueDates: dueDatesFor(ctx.sqlite, { kind: stay.kind, admittedOn: stay.admittedOn }),
  };
}
