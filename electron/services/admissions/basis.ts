import { courtDecisions, managementDecisions, voluntaryContracts } from '../../../db/schema';
import type { AdmitInput } from '../../../shared/contract/admissions';
import { admissionIssues, termKeyOf, wholeMonthsBetween, type AdmissionFacts } from '../../../shared/domain/admission-rules';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { legal } from '../settings/legal';

/** The legal basis of a stay by its kind, checked against the figures in force on the admission date. */

function facts(input: AdmitInput, heldDays: number): AdmissionFacts {
  const birth = { date: input.person.birthDate ?? null, year: input.person.birthYear ?? Number(input.person.birthDate?.slice(0, 4)) };
  const base = { birth, broughtInOn: input.broughtInOn, handoverOn: input.handover.receivedOn };
  switch (input.kind) {
    case 'compulsory_adult':
    case 'compulsory_minor':
      return { kind: input.kind, ...base, decision: input.decision, heldDays };
    case 'voluntary':
      return { kind: input.kind, ...base, contract: input.contract };
    case 'pending_decision':
      return { kind: input.kind, ...base, management: input.management };
    case 'assessment':
      return { kind: input.kind, ...base, referral: input.referral };
  }
}

/** Refuses the admission, naming every field to fix, when a rule of its kind is broken. */
export function checkAdmissionRules(ctx: Ctx, input: AdmitInput, heldDays: number): void {
  const on = input.broughtInOn;
  const termKey = termKeyOf(input.kind);
  const term = termKey ? legal(ctx.sqlite, termKey, on) : null;
  const adult = legal(ctx.sqlite, 'age.adult', on);
  const minimum = legal(ctx.sqlite, 'age.minimum', on);
  const issues = admissionIssues(facts(input, heldDays), {
    today: ctx.today(),
    term: term ? { value: term.value, citation: term.citation } : null,
    adultAge: { value: adult.value.years, citation: adult.citation },
    minimumAge: { value: minimum.value.years, citation: minimum.citation },
  });
  if (issues.length > 0) {
    throw new AppError('rule_violation', issues[0]?.message ?? '', { field: issues[0]?.field ?? '', issues });
  }
}

/** The term in months a stay of this kind carries: the court's, or the contract's; none for temporary stays. */
export function termMonthsOf(input: AdmitInput): number | null {
  if (input.kind === 'compulsory_adult' || input.kind === 'compulsory_minor') return input.decision.termMonths;
  if (input.kind === 'voluntary') return wholeMonthsBetween(input.contract.startsOn, input.contract.endsOn);
  return null;
}

/** The document the admission movement cites. */
export interface BasisDocument {
  documentNumber: string;
  documentDate: string;
  reason: string | null;
}

/** Writes the decision, contract or referral behind the stay and returns the document its movement cites. */
export function writeBasis(ctx: Ctx, stayId: number, input: AdmitInput): BasisDocument {
  switch (input.kind) {
    case 'compulsory_adult':
    case 'compulsory_minor': {
      const row = ctx.db.insert(courtDecisions).values({ stayId, ...input.decision }).returning().get();
      ctx.audit({ entity: 'court_decision', entityId: row.id, after: row });
      return { documentNumber: row.decisionNumber, documentDate: row.decisionDate, reason: null };
    }
    case 'voluntary': {
      const { priorityGroup, ...contract } = input.contract;
      const values = { stayId, ...contract, priorityGroup: priorityGroup === 'none' ? null : priorityGroup };
      const row = ctx.db.insert(voluntaryContracts).values(values).returning().get();
      ctx.audit({ entity: 'voluntary_contract', entityId: row.id, after: row });
      return { documentNumber: row.contractNumber, documentDate: row.signedOn, reason: null };
    }
    case 'pending_decision': {
      const row = ctx.db.insert(managementDecisions).values({ stayId, ...input.management }).returning().get();
      ctx.audit({ entity: 'management_decision', entityId: row.id, after: row });
      return { documentNumber: row.decisionNumber, documentDate: row.decisionDate, reason: null };
    }
    case 'assessment':
      // The referral has no table of its own: the admission movement keeps its number, date and issuer.
      return {
        documentNumber: input.referral.documentNumber,
        documentDate: input.referral.documentDate,
        reason: `Đề nghị xác định tình trạng nghiện của ${input.referral.issuer}`,
      };
  }
}
