import type { VisitInput } from '../../../shared/contract/visits';
import { required } from '../../components/form-values';

/** What the "Ghi thăm gặp" form holds; NumberInput keeps '' while empty. */
export interface VisitFormValues {
  visitOn: string | null;
  startTime: string;
  durationMinutes: number | string;
  approvedExtension: boolean;
  visitors: { name: string; relation: string; idNumber: string }[];
  handedIn: { kind: 'money' | 'item'; description: string; quantity: number | string; amountDong: number | string }[];
  overrideReason: string;
}

export const emptyVisitor = () => ({ name: '', relation: '', idNumber: '' });
export const emptyHandedIn = (kind: 'money' | 'item') => ({ kind, description: '', quantity: 1 as number | string, amountDong: '' as number | string });

export function initialVisitValues(today: string): VisitFormValues {
  return { visitOn: today, startTime: '', durationMinutes: 60, approvedExtension: false, visitors: [emptyVisitor()], handedIn: [], overrideReason: '' };
}

const num = (v: number | string): number | undefined => (typeof v === 'number' ? v : undefined);

/**
 * The form as the contract wants it: empty optional fields left out, so the back end's own messages land under
 * the right field; the exception reason sent only once the officer chose to record the visit as one.
 */
export function visitInputOf(stayId: number, v: VisitFormValues, asException: boolean): VisitInput {
  return {
    stayId,
    visitOn: required(v.visitOn),
    ...(v.startTime ? { startTime: v.startTime } : {}),
    durationMinutes: required(num(v.durationMinutes)),
    approvedExtension: v.approvedExtension,
    visitors: v.visitors.map((p) => ({ name: p.name, relation: p.relation, ...(p.idNumber.trim() ? { idNumber: p.idNumber.trim() } : {}) })),
    handedIn: v.handedIn.map((h) => ({
      kind: h.kind,
      description: h.description,
      ...(num(h.quantity) !== undefined && h.kind === 'item' ? { quantity: num(h.quantity) } : {}),
      ...(h.kind === 'money' && num(h.amountDong) !== undefined ? { amountDong: num(h.amountDong) } : {}),
    })),
    ...(asException ? { overrideReason: v.overrideReason } : {}),
  };
}

/** Every field path of the form as it stands, for mapping the back end's issues onto fields. */
export function visitFieldPaths(v: VisitFormValues): string[] {
  return [
    'visitOn',
    'startTime',
    'durationMinutes',
    'overrideReason',
    'visitors',
    ...v.visitors.flatMap((_, i) => ['name', 'relation', 'idNumber'].map((f) => `visitors.${i}.${f}`)),
    ...v.handedIn.flatMap((_, i) => ['kind', 'description', 'quantity', 'amountDong'].map((f) => `handedIn.${i}.${f}`)),
  ];
}
