import type Database from 'better-sqlite3';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import {
  courtDecisions,
  familyContacts,
  managementDecisions,
  movements,
  persons,
  stayDocuments,
  stays,
  voluntaryContracts,
} from '../../../db/schema';
import type { residentProfile } from '../../../shared/contract/residents-profile';
import { admissionDueDates } from '../../../shared/domain/admission-due-dates';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { bedById, bedLabel } from '../beds/queries';
import { legal, settingValue } from '../settings/legal';
import { stayClock } from './clock';
import { healthFor } from './health';
import { drugHistoryMask } from './drug-history';
import { personDetails } from './person-details';

type Profile = z.input<typeof residentProfile>;

/** A stay with everything an officer opens a file for: the person, the papers, the dates, the history. */
export function residentProfileOf(ctx: Ctx, stayId: number): Profile {
  const stay = ctx.db.select().from(stays).where(eq(stays.id, stayId)).get();
  if (!stay) throw new AppError('not_found', 'Không tìm thấy lượt cai nghiện này.');
  const person = ctx.db.select().from(persons).where(eq(persons.id, stay.personId)).get();
  if (!person) throw new AppError('not_found', 'Không tìm thấy học viên.');
  const court = ctx.db.select().from(courtDecisions).where(eq(courtDecisions.stayId, stay.id)).get();
  const contract = ctx.db.select().from(voluntaryContracts).where(eq(voluntaryContracts.stayId, stay.id)).get();
  const management = ctx.db.select().from(managementDecisions).where(eq(managementDecisions.stayId, stay.id)).get();
  const bed = stay.currentBedId ? bedById(ctx.sqlite, stay.currentBedId) : undefined;
  const contacts = ctx.db.select().from(familyContacts).where(eq(familyContacts.personId, person.id)).orderBy(familyContacts.id).all();
  const hasPhoto = ctx.sqlite.prepare('SELECT 1 FROM person_photos WHERE person_id = ?').get(person.id) !== undefined;
  const moves = ctx.db.select().from(movements).where(eq(movements.stayId, stay.id)).orderBy(movements.occurredAt, movements.id).all();
  const others = ctx.db
    .select()
    .from(stays)
    .where(and(eq(stays.personId, person.id), ne(stays.id, stay.id)))
    .orderBy(desc(stays.admittedOn))
    .all();
  const documents = ctx.db.select().from(stayDocuments).where(eq(stayDocuments.stayId, stay.id)).orderBy(stayDocuments.receivedOn).all();

  return {
    person: { ...personDetails(person, contacts), ...drugHistoryMask(ctx), hasPhoto },
    stay: {
      id: stay.id,
      fileNumber: stay.fileNumber,
      kind: stay.kind,
      state: stay.state,
      admittedOn: stay.admittedOn,
      termMonths: stay.termMonths,
      heldDaysDeducted: stay.heldDaysDeducted,
      isReadmission: stay.isReadmission,
      expectedRelease: stay.expectedRelease,
      dischargedOn: stay.dischargedOn,
      dischargeReason: stay.dischargeReason,
      court: court
        ? { court: court.court, decisionNumber: court.decisionNumber, decisionDate: court.decisionDate, termMonths: court.termMonths }
        : null,
      contract: contract
        ? {
            contractNumber: contract.contractNumber,
            signedOn: contract.signedOn,
            startsOn: contract.startsOn,
            endsOn: contract.endsOn,
            feeDong: contract.feeDong,
            payer: contract.payer,
            priorityGroup: contract.priorityGroup,
          }
        : null,
      management: management
        ? { decisionNumber: management.decisionNumber, decisionDate: management.decisionDate, issuer: management.issuer }
        : null,
    },
    bed: bed ? { id: bed.bedId, label: bedLabel(bed) } : null,
    clock: stayClock(ctx.sqlite, stay, ctx.today()),
    dueDates: dueDatesOf(ctx.sqlite, stay),
    notices: ctx.sqlite
      .prepare('SELECT kind, recipient, due_on AS dueOn, sent_on AS sentOn, reference FROM notices WHERE stay_id = ? ORDER BY due_on, id')
      .all(stay.id) as Profile['notices'],
    documents: documents.map((d) => ({ kind: d.kind, title: d.title, receivedOn: d.receivedOn, hasFile: d.filePath !== null })),
    handover: handoverOf(ctx.sqlite, stay.id),
    health: healthFor(ctx, person.id, stay.id),
    movements: moves.map((m) => ({ id: m.id, type: m.type, occurredAt: m.occurredAt, recordedAt: m.recordedAt, reason: m.reason })),
    otherStays: others.map((s) => ({
      stayId: s.id,
      fileNumber: s.fileNumber,
      kind: s.kind,
      admittedOn: s.admittedOn,
      dischargedOn: s.dischargedOn,
      state: s.state,
    })),
  };
}

/** Visits and the assessment result, by the legal figures in force on the admission date. */
function dueDatesOf(sqlite: Database.Database, stay: { kind: Profile['stay']['kind']; admittedOn: string }): Profile['dueDates'] {
  const figure = (f: { value: { days: number }; citation: string }) => ({ value: f.value.days, citation: f.citation });
  const due = admissionDueDates(stay, {
    noVisitFirstDays: figure(legal(sqlite, 'visits.no_visit_first_days', stay.admittedOn)),
    communeNoticeWorkingDays: figure(legal(sqlite, 'voluntary.commune_notice_working_days', stay.admittedOn)),
    assessmentMaxDays: figure(legal(sqlite, 'assessment.max_days', stay.admittedOn)),
    holidays: settingValue<string[]>(sqlite, 'calendar.holidays'),
  });
  return { visitsFrom: due.visitsFrom, assessmentResult: due.assessmentResult };
}

function handoverOf(sqlite: Database.Database, stayId: number): Profile['handover'] {
  const record = sqlite
    .prepare(
      `SELECT id, received_on AS receivedOn, handed_over_by AS handedOverBy, note
       FROM handover_records WHERE stay_id = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(stayId) as { id: number; receivedOn: string; handedOverBy: string; note: string | null } | undefined;
  if (!record) return null;
  const items = sqlite
    .prepare('SELECT kind, description, quantity, note FROM handover_items WHERE handover_id = ? ORDER BY id')
    .all(record.id) as NonNullable<Profile['handover']>['items'];
  return { receivedOn: record.receivedOn, handedOverBy: record.handedOverBy, note: record.note, items };
}
