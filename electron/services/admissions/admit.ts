import { eq } from 'drizzle-orm';
import { stays } from '../../../db/schema';
import type { AdmitInput } from '../../../shared/contract/admissions';
import { daysBetween, formatDateVN } from '../../../shared/domain/dates';
import { computeTermClock } from '../../../shared/domain/term-clock';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { checkPlacement } from '../beds/placement';
import { appendMovement } from '../movements/append';
import { legal } from '../settings/legal';
import { recordHandover, recordHealth, scheduleNotice } from './arrival';
import { checkAdmissionRules, termMonthsOf, writeBasis } from './basis';
import { dueDatesFor } from './due-dates';
import { nextFileNumber } from './file-number';
import { resolveIdentity } from './identity';
import { addFamilyContacts, createPerson, personValues, photoBytes, refreshPerson, savePhoto } from './person';
import type { StayRow } from './returning';

/** Words on the movement that ends a pending-decision stay when the court decision arrives (as the demo writes). */
const TO_COMPULSORY = 'Có quyết định của Tòa án, chuyển sang cai nghiện bắt buộc';

/**
 * Days held while the file was prepared (NĐ 116/2021 Điều 44 k3): what the officer entered (held elsewhere),
 * else the days of the pending-decision stay here that this admission ends.
 */
function heldDaysOf(input: AdmitInput, preceding: StayRow | null): number {
  if (input.kind !== 'compulsory_adult' && input.kind !== 'compulsory_minor') return 0;
  if (input.heldDays !== undefined) return input.heldDays;
  if (!preceding) return 0;
  if (input.broughtInOn < preceding.admittedOn) {
    throw new AppError(
      'rule_violation',
      `Ngày đưa vào cơ sở không thể trước ngày bắt đầu quản lý theo hồ sơ ${preceding.fileNumber} (${formatDateVN(preceding.admittedOn)}).`,
      { field: 'broughtInOn' },
    );
  }
  return daysBetween(preceding.admittedOn, input.broughtInOn);
}

function closePreceding(ctx: Ctx, preceding: StayRow, input: AdmitInput & { kind: 'compulsory_adult' | 'compulsory_minor' }): void {
  appendMovement(ctx, {
    stayId: preceding.stayId,
    type: 'discharged',
    occurredOn: input.broughtInOn,
    fromBedId: preceding.currentBedId,
    reason: TO_COMPULSORY,
    documentNumber: input.decision.decisionNumber,
    documentDate: input.decision.decisionDate,
  });
  const change = { state: 'discharged' as const, currentBedId: null, dischargedOn: input.broughtInOn, dischargeReason: 'to_compulsory' };
  ctx.db.update(stays).set(change).where(eq(stays.id, preceding.stayId)).run();
  ctx.audit({ entity: 'stay', entityId: preceding.stayId, before: { state: preceding.state, currentBedId: preceding.currentBedId }, after: change });
}

/** The expected end cached on the stay: the term clock's release date, or the assessment's result deadline. */
function expectedEnd(ctx: Ctx, input: AdmitInput, termMonths: number | null, heldDays: number, assessmentDue: string | null): string | null {
  if (termMonths === null) return assessmentDue;
  return computeTermClock({
    admittedOn: input.broughtInOn,
    termMonths,
    heldDaysDeducted: heldDays,
    escapes: [],
    reductions: [],
    asOf: input.broughtInOn,
    noticeDays: legal(ctx.sqlite, 'release.notice_days', input.broughtInOn).value.days,
  }).releaseDate;
}

/** Admits a resident of any kind in one transaction; every check runs before the first write. */
export function admit(ctx: Ctx, input: AdmitInput) {
  const identity = resolveIdentity(ctx, input);
  const heldDays = heldDaysOf(input, identity.preceding);
  checkAdmissionRules(ctx, input, heldDays);
  const photo = input.person.photo ? { mime: input.person.photo.mime, data: photoBytes(input.person.photo) } : null;
  const placement = checkPlacement(ctx, {
    bedId: input.bedId,
    resident: {
      sex: input.person.sex,
      kind: input.kind,
      birthDate: input.person.birthDate ?? null,
      birthYear: input.person.birthYear ?? Number(input.person.birthDate?.slice(0, 4)),
      infectiousGroupAB: input.health.infectiousGroupAB,
      physicalSexDiffers: input.person.physicalSexDiffers,
    },
    override: input.placementOverride,
    on: input.broughtInOn,
    ...(identity.preceding ? { stayId: identity.preceding.stayId } : {}),
  });

  const values = personValues(input.person);
  const personId = identity.personId ?? createPerson(ctx, values);
  if (identity.personId !== null) refreshPerson(ctx, personId, values);
  addFamilyContacts(ctx, personId, input.person.familyContacts);
  if (photo) savePhoto(ctx, personId, photo);
  if (identity.preceding && (input.kind === 'compulsory_adult' || input.kind === 'compulsory_minor')) {
    closePreceding(ctx, identity.preceding, input);
  }

  const dueDates = dueDatesFor(ctx.sqlite, { kind: input.kind, admittedOn: input.broughtInOn });
  const termMonths = termMonthsOf(input);
  const fileNumber = nextFileNumber(ctx, Number(input.broughtInOn.slice(0, 4)));
  const stay = ctx.db
    .insert(stays)
    .values({
      personId,
      fileNumber,
      kind: input.kind,
      admittedOn: input.broughtInOn,
      termMonths,
      heldDaysDeducted: heldDays,
      isReadmission: identity.personId !== null,
      state: 'present',
      currentBedId: input.bedId,
      expectedRelease: expectedEnd(ctx, input, termMonths, heldDays, dueDates.assessmentResult?.date ?? null),
      createdBy: ctx.user?.id ?? null,
    })
    .returning()
    .get();
  ctx.audit({ entity: 'stay', entityId: stay.id, after: stay });
  const document = writeBasis(ctx, stay.id, input);
  recordHealth(ctx, personId, input.broughtInOn, input.health);
  recordHandover(ctx, stay.id, input);
  if (dueDates.communeNotice) {
    scheduleNotice(ctx, stay.id, { kind: 'voluntary_admission', recipient: 'commune', dueOn: dueDates.communeNotice.date });
  }
  appendMovement(ctx, {
    stayId: stay.id,
    type: 'admitted',
    occurredOn: input.broughtInOn,
    toBedId: input.bedId,
    ...document,
    ...(placement.override ? { override: true, reason: input.placementOverride?.reason ?? null } : {}),
  });
  return {
    stayId: stay.id,
    personId,
    fileNumber,
    isReadmission: stay.isReadmission,
    heldDaysDeducted: heldDays,
    expectedRelease: stay.expectedRelease,
    closedStay: identity.preceding ? { stayId: identity.preceding.stayId, fileNumber: identity.preceding.fileNumber } : null,
    dueDates,
  };
}
