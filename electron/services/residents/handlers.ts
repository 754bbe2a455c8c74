import { and, desc, eq, ne } from 'drizzle-orm';
import { courtDecisions, movements, persons, stays } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../../router/types';
import { bedById, bedLabel } from '../beds/queries';
import { stayClock } from './clock';
import { listResidents } from './queries';

export const residentsHandlers: HandlerMap<'residents.list' | 'residents.get'> = {
  'residents.list': (input, ctx) => listResidents(ctx.sqlite, input),

  'residents.get': (input, ctx) => {
    const stay = ctx.db.select().from(stays).where(eq(stays.id, input.stayId)).get();
    if (!stay) throw new AppError('not_found', 'Không tìm thấy lượt cai nghiện này.');
    const person = ctx.db.select().from(persons).where(eq(persons.id, stay.personId)).get();
    if (!person) throw new AppError('not_found', 'Không tìm thấy học viên.');
    const court = ctx.db.select().from(courtDecisions).where(eq(courtDecisions.stayId, stay.id)).get();
    const bed = stay.currentBedId ? bedById(ctx.sqlite, stay.currentBedId) : undefined;
    const moves = ctx.db
      .select()
      .from(movements)
      .where(eq(movements.stayId, stay.id))
      .orderBy(movements.occurredAt, movements.id)
      .all();
    const others = ctx.db
      .select()
      .from(stays)
      .where(and(eq(stays.personId, person.id), ne(stays.id, stay.id)))
      .orderBy(desc(stays.admittedOn))
      .all();
    return {
      person: {
        id: person.id,
        fullName: person.fullName,
        birthDate: person.birthDate,
        birthYear: person.birthYear,
        sex: person.sex,
        citizenId: person.citizenId,
        citizenIdKind: person.citizenIdKind,
        residence: {
          province: person.permanentProvince,
          commune: person.permanentCommune,
          address: person.permanentAddress,
        },
      },
      stay: {
        id: stay.id,
        fileNumber: stay.fileNumber,
        kind: stay.kind,
        state: stay.state,
        admittedOn: stay.admittedOn,
        termMonths: stay.termMonths,
        isReadmission: stay.isReadmission,
        dischargedOn: stay.dischargedOn,
        court: court
          ? { court: court.court, decisionNumber: court.decisionNumber, decisionDate: court.decisionDate, termMonths: court.termMonths }
          : null,
      },
      bed: bed ? { id: bed.bedId, label: bedLabel(bed) } : null,
      clock: stayClock(ctx.sqlite, stay, ctx.today()),
      movements: moves.map((m) => ({
        id: m.id,
        type: m.type,
        occurredAt: m.occurredAt,
        recordedAt: m.recordedAt,
        reason: m.reason,
      })),
      otherStays: others.map((s) => ({ stayId: s.id, fileNumber: s.fileNumber, admittedOn: s.admittedOn, state: s.state })),
    };
  },
};
