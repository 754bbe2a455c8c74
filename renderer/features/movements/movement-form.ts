import type { RecordableType, RecordMovementInput } from '../../../shared/contract/movements';
import { recordableTypes } from '../../../shared/contract/movements';

/** The fields a movement's form shows besides its date and time; the back end checks which are required. */
export type MovementField = 'destination' | 'documentNumber' | 'documentDate' | 'expectedReturnOn' | 'travelDays' | 'reason';

const fieldsByType: Record<RecordableType, MovementField[]> = {
  to_hospital: ['destination', 'expectedReturnOn', 'reason'],
  from_hospital: ['reason'],
  funeral_leave: ['documentNumber', 'documentDate', 'destination', 'expectedReturnOn', 'travelDays', 'reason'],
  funeral_return: ['reason'],
  to_court: ['destination', 'documentNumber', 'documentDate', 'expectedReturnOn', 'reason'],
  from_court: ['reason'],
  escaped: ['documentNumber', 'documentDate', 'reason'],
  returned: ['documentNumber', 'documentDate', 'reason'],
  suspended: ['documentNumber', 'documentDate', 'reason'],
  suspension_return: ['documentNumber', 'documentDate', 'reason'],
};

/** Fields the law or the rules require for a type, marked with an asterisk on the form. */
const requiredByType: Partial<Record<RecordableType, MovementField[]>> = {
  to_hospital: ['destination'],
  funeral_leave: ['documentNumber', 'documentDate', 'expectedReturnOn'],
  to_court: ['destination', 'documentNumber'],
  suspended: ['documentNumber', 'reason'],
};

export const fieldsOf = (type: RecordableType): MovementField[] => fieldsByType[type];
export const isRequired = (type: RecordableType, f: MovementField): boolean => requiredByType[type]?.includes(f) ?? false;

/** The movements this screen records, among those the state machine allows now. */
export function recordableNow(allowed: readonly string[]): RecordableType[] {
  return recordableTypes.filter((t) => allowed.includes(t));
}

export interface MovementValues {
  type: RecordableType | null;
  occurredOn: string | null;
  occurredTime: string;
  destination: string;
  documentNumber: string;
  documentDate: string | null;
  expectedReturnOn: string | null;
  travelDays: number | string;
  reason: string;
}

/** The contract's input from the form: the moment in Vietnam's time, and only the fields the type shows. */
export function toInput(stayId: number, v: MovementValues & { type: RecordableType; occurredOn: string }): RecordMovementInput {
  const shown = new Set(fieldsOf(v.type));
  const text = (f: 'destination' | 'documentNumber' | 'reason') => (shown.has(f) && v[f].trim() ? v[f].trim() : undefined);
  return {
    stayId,
    type: v.type,
    occurredAt: `${v.occurredOn}T${v.occurredTime || '00:00'}:00+07:00`,
    destination: text('destination'),
    documentNumber: text('documentNumber'),
    reason: text('reason'),
    documentDate: shown.has('documentDate') ? (v.documentDate ?? undefined) : undefined,
    expectedReturnOn: shown.has('expectedReturnOn') ? (v.expectedReturnOn ?? undefined) : undefined,
    travelDays: shown.has('travelDays') && v.travelDays !== '' ? Number(v.travelDays) : undefined,
  };
}
