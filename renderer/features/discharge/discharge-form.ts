import type { MethodOutput } from '../../../shared/contract';
import type { DischargeInput, NoticeView } from '../../../shared/contract/discharge';
import { needsHandover as minorHandedOver } from '../../../shared/domain/discharge-rules';
import { settlementAmounts, type RoadMealRule, type SettlementAmounts } from '../../../shared/domain/settlement';

/** What discharge.prepare answers for a stay. */
export type Prepared = MethodOutput<'discharge.prepare'>;
export type ReasonOption = Prepared['reasons'][number];
export type ChosenReason = ReasonOption['reason'];
export type ReasonField = ReasonOption['needs'][number];

/** The order the reason's own fields appear in, whatever order the back end lists them. */
const fieldOrder: ReasonField[] = ['decisionNumber', 'decisionDate', 'issuer', 'destination', 'deathCause', 'note'];

/** The fields the chosen reason asks for, in the form's order; none until a reason is chosen. */
export function fieldsFor(option: ReasonOption | undefined): ReasonField[] {
  if (!option) return [];
  return fieldOrder.filter((f) => option.needs.includes(f));
}

/** Whether a minor is handed to the family or the commune (Mẫu 47), by the rule discharge.record applies. */
export function needsHandover(isMinor: boolean, reason: ChosenReason | null): boolean {
  return reason !== null && minorHandedOver(reason, isMinor);
}

export interface SettlementItemValues {
  source: 'handover' | 'handed_in';
  itemId: number;
  returned: boolean;
  note: string;
}

export interface DischargeValues {
  reason: ChosenReason | null;
  occurredOn: string | null;
  occurredTime: string;
  decisionNumber: string;
  decisionDate: string | null;
  issuer: string;
  destination: string;
  deathCause: string;
  note: string;
  handedTo: { to: 'family' | 'commune'; name: string; relation: string };
  settlement: {
    items: SettlementItemValues[];
    roadMealDays: number | string;
    fareDong: number | string;
    clothes: boolean;
    certificateHandedOver: boolean;
    note: string;
  };
}

/** A fresh form for a prepared stay: departure now, nothing returned yet, no money paid until entered. */
export function initialDischargeValues(prepared: Prepared, today: string, timeNow: string): DischargeValues {
  return {
    reason: null,
    occurredOn: today,
    occurredTime: timeNow,
    decisionNumber: '',
    decisionDate: null,
    issuer: '',
    destination: '',
    deathCause: '',
    note: '',
    handedTo: { to: 'family', name: '', relation: '' },
    settlement: {
      items: prepared.items.map((i) => ({ source: i.source, itemId: i.itemId, returned: false, note: '' })),
      roadMealDays: 0,
      fareDong: 0,
      clothes: false,
      certificateHandedOver: false,
      note: '',
    },
  };
}

/** A number input's value as whole đồng or days; empty or not a number counts as 0. */
export function wholeNumber(v: number | string): number {
  const n = typeof v === 'number' ? v : Number(String(v).replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? Math.trunc(n) : 0;
}

/** The money of the settlement as shown before it is recorded, by the rule discharge.record applies. */
export function settlementTotals(days: number | string, rule: RoadMealRule, fare: number | string): SettlementAmounts {
  return settlementAmounts({ roadMealDays: Math.max(0, wholeNumber(days)), fareDong: Math.max(0, wholeNumber(fare)) }, rule);
}

const trimmed = (s: string) => (s.trim() ? s.trim() : undefined);

/** The contract's input: only the fields the reason shows, the moment in Vietnam's time, the handover when owed. */
export function toDischargeInput(stayId: number, v: DischargeValues, option: ReasonOption, isMinor: boolean): DischargeInput {
  const shown = new Set(fieldsFor(option));
  const textOf = (f: 'decisionNumber' | 'issuer' | 'destination' | 'deathCause' | 'note') => (shown.has(f) ? trimmed(v[f]) : undefined);
  const s = v.settlement;
  return {
    stayId,
    reason: option.reason,
    occurredAt: `${v.occurredOn ?? ''}T${v.occurredTime || '00:00'}:00+07:00`,
    decisionNumber: textOf('decisionNumber'),
    decisionDate: shown.has('decisionDate') ? (v.decisionDate ?? undefined) : undefined,
    issuer: textOf('issuer'),
    destination: textOf('destination'),
    deathCause: textOf('deathCause'),
    note: textOf('note'),
    handedTo: needsHandover(isMinor, option.reason)
      ? { to: v.handedTo.to, name: v.handedTo.name.trim(), relation: v.handedTo.relation.trim() }
      : undefined,
    settlement: {
      items: s.items.map((i) => ({ source: i.source, itemId: i.itemId, returned: i.returned, note: trimmed(i.note) })),
      roadMealDays: wholeNumber(s.roadMealDays),
      fareDong: wholeNumber(s.fareDong),
      clothes: s.clothes,
      certificateHandedOver: option.certificate !== null && s.certificateHandedOver,
      note: trimmed(s.note),
    },
  };
}

/** The back end's field paths that the form shows beside a field (occurredAt is shown under the date). */
export const dischargeFormFields = [
  'reason',
  'occurredOn',
  'decisionNumber',
  'decisionDate',
  'issuer',
  'destination',
  'deathCause',
  'note',
  'handedTo.to',
  'handedTo.name',
  'handedTo.relation',
  'settlement.roadMealDays',
  'settlement.fareDong',
  'settlement.note',
];

/** Where a back-end issue path goes on the form: the departure moment under its date, item issues under the item. */
export function formPathOf(field: string): string | null {
  if (field === 'occurredAt') return 'occurredOn';
  if (field === 'handedTo') return 'handedTo.name';
  const item = /^settlement\.items\.(\d+)(\.|$)/.exec(field);
  if (item) return `settlement.items.${item[1]}.note`;
  return dischargeFormFields.includes(field) ? field : null;
}

export type NoticeState = 'sent' | 'sentLate' | 'overdue' | 'pending';

/** A notice as a badge reads it: sent on time, sent after its due date, past due and unsent, or still to send. */
export function noticeState(n: Pick<NoticeView, 'sentOn' | 'late'>): NoticeState {
  if (n.sentOn) return n.late ? 'sentLate' : 'sent';
  return n.late ? 'overdue' : 'pending';
}

export const noticeColor: Record<NoticeState, string> = { sent: 'teal', sentLate: 'orange', overdue: 'red', pending: 'gray' };

/** A release notice (15 days before) prints on the notice page; the back end names its kinds "release…". */
export const isReleaseNotice = (kind: string) => kind.startsWith('release');
export const isDeathNotice = (kind: string) => kind.startsWith('death');

/** The three recipients of a release notice, in the order the table shows them. */
export const releaseRecipients = ['court', 'commune', 'family'] as const;

/** A due date as the register keeps it: a day (15-day notices) or an instant (a death, 24 hours). */
export function isInstant(due: string): boolean {
  return due.length > 10 && due.includes('T');
}

/** A refusal's issues spread over the form: each under the field that shows it, the rest above the form. */
export function placeIssues(issues: readonly { field: string; message: string }[]): { fieldErrors: Record<string, string>; general: string[] } {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const path = formPathOf(issue.field);
    if (path) fieldErrors[path] ??= issue.message;
    else general.push(issue.message);
  }
  return { fieldErrors, general };
}
