import type Database from 'better-sqlite3';
import { handedInItems, visitors, visits } from '../../../db/schema';
import type { MethodOutput } from '../../../shared/contract';
import type { VisitRecord } from '../../../shared/contract/visits';
import { censusAt, vnInstantOf, type CensusFact } from '../../../shared/domain/census';
import { formatDateVN } from '../../../shared/domain/dates';
import { visitBreachMessage, visitBreaches, type DisciplinePeriod } from '../../../shared/domain/visit-rules';
import type { StayState } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { appendDepositLine } from '../deposit/ledger';
import { legal } from '../settings/legal';

interface StayRow {
  id: number;
  admittedOn: string;
  state: StayState;
}

/** The stay's state at the visit, from its movements (the stay's cached state is only true for now). */
function stateAt(sqlite: Database.Database, stayId: number, instant: string): StayState {
  const facts = sqlite
    .prepare(
      `SELECT id, stay_id AS stayId, type, occurred_on AS occurredOn, occurred_at AS occurredAt, reverses_id AS reversesId,
              to_bed_id AS toBedId
       FROM movements WHERE stay_id = ?`,
    )
    .all(stayId) as CensusFact[];
  return censusAt(facts, instant)[0]?.status ?? 'discharged';
}

/**
 * Records a visit. Every visit rule in force on the visit date is checked; a visit that breaks any is refused
 * with one message per rule, unless the officer gives a reason: then it is recorded as an exception, and the
 * audit row says so and lists the rules broken.
 */
export function recordVisit(input: VisitRecord, ctx: Ctx): MethodOutput<'visits.record'> {
  const { sqlite } = ctx;
  const stay = sqlite.prepare('SELECT id, admitted_on AS admittedOn, state FROM stays WHERE id = ?').get(input.stayId) as StayRow | undefined;
  if (!stay) throw new AppError('not_found', 'Không tìm thấy học viên này.', { field: 'stayId' });
  if (input.visitOn > ctx.today()) {
    throw new AppError('invalid_input', `Ngày thăm ${formatDateVN(input.visitOn)} chưa đến: chỉ ghi lần thăm đã diễn ra.`, { field: 'visitOn' });
  }
  if (input.visitOn < stay.admittedOn) {
    throw new AppError('invalid_input', `Ngày thăm phải từ ngày vào cơ sở ${formatDateVN(stay.admittedOn)} trở đi.`, { field: 'visitOn' });
  }

  const otherVisitDays = (sqlite.prepare('SELECT visit_on AS d FROM visits WHERE stay_id = ?').all(stay.id) as { d: string }[]).map((r) => r.d);
  const discipline = sqlite
    .prepare('SELECT measure, from_on AS fromOn, to_on AS toOn FROM discipline_records WHERE stay_id = ? AND from_on <= ?')
    .all(stay.id, input.visitOn) as DisciplinePeriod[];
  const breaches = visitBreaches(
    {
      visitOn: input.visitOn,
      admittedOn: stay.admittedOn,
      // Without a start time the visit is judged by the end of its day, as the census is.
      state: stateAt(sqlite, stay.id, vnInstantOf(input.visitOn, input.startTime ?? '23:59')),
      durationMinutes: input.durationMinutes,
      visitorCount: input.visitors.length,
      approvedExtension: input.approvedExtension ?? false,
      otherVisitDays,
      discipline,
    },
    {
      rules: legal(sqlite, 'visits.rules', input.visitOn),
      noVisitFirstDays: legal(sqlite, 'visits.no_visit_first_days', input.visitOn),
    },
  );
  const rulesBroken = breaches.map(visitBreachMessage);
  const reason = input.overrideReason?.trim() || null;
  if (rulesBroken.length > 0 && input.overrideReason !== undefined && !reason) {
    throw new AppError('invalid_input', 'Lý do cho thăm ngoài quy định: bắt buộc để ghi lần thăm là ngoại lệ', { field: 'overrideReason' });
  }
  if (rulesBroken.length > 0 && !reason) {
    throw new AppError('rule_violation', `Không cho thăm gặp: ${rulesBroken.join(' ')}`, {
      issues: breaches.map((b, i) => ({ field: breachField[b.rule], message: rulesBroken[i] ?? '' })),
    });
  }
  const exception = rulesBroken.length > 0;

  const userId = ctx.user?.id ?? null;
  const visit = ctx.db
    .insert(visits)
    .values({
      stayId: stay.id,
      visitOn: input.visitOn,
      startTime: input.startTime ?? null,
      durationMinutes: input.durationMinutes,
      approvedExtension: input.approvedExtension ?? false,
      // A reason given for a visit within the rules is not an exception, so it is not kept as one.
      ruleOverrideReason: exception ? reason : null,
      recordedBy: userId,
    })
    .returning({ id: visits.id })
    .get();
  for (const v of input.visitors) {
    ctx.db.insert(visitors).values({ visitId: visit.id, name: v.name, relation: v.relation, idNumber: v.idNumber || null }).run();
  }
  for (const h of input.handedIn) {
    ctx.db
      .insert(handedInItems)
      .values({
        stayId: stay.id,
        visitId: visit.id,
        receivedOn: input.visitOn,
        kind: h.kind,
        description: h.description,
        quantity: h.quantity ?? 1,
        amountDong: h.kind === 'money' ? (h.amountDong ?? null) : null,
        recordedBy: userId,
      })
      .run();
    // Money handed in goes onto the deposit account, one line per amount, in this transaction.
    if (h.kind === 'money' && h.amountDong) {
      appendDepositLine(ctx, { stayId: stay.id, kind: 'handed_in', lineOn: input.visitOn, amountDong: h.amountDong, description: h.description, source: `visit:${visit.id}` });
    }
  }
  ctx.audit({
    entity: exception ? 'visit_exception' : 'visit',
    entityId: visit.id,
    after: { ...input, exception, rulesBroken },
    reason: exception ? `Thăm gặp ngoài quy định: ${reason}` : null,
  });
  return { visitId: visit.id, exception, rulesBroken };
}

/** The form field each refusal belongs under. */
const breachField = {
  first_days: 'visitOn',
  per_week: 'visitOn',
  discipline: 'visitOn',
  not_present: 'visitOn',
  duration: 'durationMinutes',
  visitors: 'visitors',
} as const;
