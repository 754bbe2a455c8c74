import { eq } from 'drizzle-orm';
import { courtDecisions, persons, stays } from '../../../db/schema';
import { compulsoryAdultIssues } from '../../../shared/domain/admission-rules';
import { formatDateVN } from '../../../shared/domain/dates';
import { foldForSearch } from '../../../shared/domain/names';
import { computeTermClock } from '../../../shared/domain/term-clock';
import { AppError } from '../../../shared/errors';
import type { Ctx, HandlerMap } from '../../router/types';
import { checkPlacement } from '../beds/placement';
import { appendMovement } from '../movements/append';
import { legal } from '../settings/legal';
import { nextFileNumber } from './file-number';
import { personValues } from './person';

/**
 * The person to admit: a new one, or the one already registered under this citizen ID when name and birth
 * date agree (a re-admission). An ID held by someone else, or by a person still in the facility, is refused.
 */
function resolvePerson(ctx: Ctx, values: ReturnType<typeof personValues>): { id: number; readmission: boolean } {
  const existing = ctx.db.select().from(persons).where(eq(persons.citizenId, values.citizenId ?? '')).get();
  if (!existing) {
    const row = ctx.db.insert(persons).values(values).returning({ id: persons.id }).get();
    ctx.audit({ entity: 'person', entityId: row.id, after: values });
    return { id: row.id, readmission: false };
  }
  const sameName = existing.nameFolded === foldForSearch(values.fullName);
  if (!sameName || existing.birthDate !== values.birthDate) {
    throw new AppError(
      'conflict',
      `Số CCCD ${values.citizenId} đã thuộc về ${existing.fullName} (sinh ${formatDateVN(existing.birthDate) || existing.birthYear}) trong sổ. Kiểm tra lại số CCCD.`,
      { field: 'person.citizenId' },
    );
  }
  const open = ctx.sqlite
    .prepare("SELECT file_number AS fileNumber FROM stays WHERE person_id = ? AND state <> 'discharged'")
    .get(existing.id) as { fileNumber: string } | undefined;
  if (open) {
    throw new AppError('conflict', `${existing.fullName} đang ở cơ sở theo hồ sơ ${open.fileNumber}; không thể tiếp nhận lần nữa.`, {
      field: 'person.citizenId',
    });
  }
  return { id: existing.id, readmission: true };
}

export const admissionsHandlers: HandlerMap<'admissions.admitCompulsoryAdult'> = {
  'admissions.admitCompulsoryAdult': (input, ctx) => {
    const term = legal(ctx.sqlite, 'term.compulsory_adult', input.broughtInOn);
    const adult = legal(ctx.sqlite, 'age.adult', input.broughtInOn);
    const issues = compulsoryAdultIssues(
      {
        birthDate: input.person.birthDate,
        decisionDate: input.decision.decisionDate,
        broughtInOn: input.broughtInOn,
        termMonths: input.decision.termMonths,
      },
      {
        today: ctx.today(),
        termRange: { ...term.value, citation: term.citation },
        adultAge: { years: adult.value.years, citation: adult.citation },
      },
    );
    if (issues.length > 0) {
      throw new AppError('rule_violation', issues[0]?.message ?? '', { field: issues[0]?.field ?? '', issues });
    }
    checkPlacement(ctx, { bedId: input.bedId, resident: { sex: input.person.sex, kind: 'compulsory_adult' } });

    const values = personValues(input.person);
    const person = resolvePerson(ctx, values);
    const fileNumber = nextFileNumber(ctx, Number(input.broughtInOn.slice(0, 4)));
    const clock = computeTermClock({
      admittedOn: input.broughtInOn,
      termMonths: input.decision.termMonths,
      heldDaysDeducted: 0,
      escapes: [],
      reductions: [],
      asOf: input.broughtInOn,
      noticeDays: legal(ctx.sqlite, 'release.notice_days', input.broughtInOn).value.days,
    });
    const stay = ctx.db
      .insert(stays)
      .values({
        personId: person.id,
        fileNumber,
        kind: 'compulsory_adult',
        admittedOn: input.broughtInOn,
        termMonths: input.decision.termMonths,
        isReadmission: person.readmission,
        state: 'present',
        currentBedId: input.bedId,
        expectedRelease: clock.releaseDate,
        createdBy: ctx.user?.id ?? null,
      })
      .returning()
      .get();
    ctx.db.insert(courtDecisions).values({ stayId: stay.id, ...input.decision }).run();
    ctx.audit({ entity: 'stay', entityId: stay.id, after: { ...stay, decision: input.decision } });
    appendMovement(ctx, {
      stayId: stay.id,
      type: 'admitted',
      occurredOn: input.broughtInOn,
      toBedId: input.bedId,
      documentNumber: input.decision.decisionNumber,
      documentDate: input.decision.decisionDate,
    });
    return { stayId: stay.id, personId: person.id, fileNumber };
  },
};
