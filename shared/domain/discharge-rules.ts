import type { FieldIssue } from '../errors';
import { formatDateVN } from './dates';
import { nextState, refusalMessage } from './movement-rules';
import type { CertificateKind, DischargeReason, StayKind, StayState } from './vocabulary';

/**
 * Which reason may end which stay, and what each asks for (DOMAIN.md §8). discharge.prepare and discharge.record
 * both read these functions, so the screen and the back end never disagree.
 */

export type ChosenReason = Exclude<DischargeReason, 'to_compulsory'>;
export type ReasonField = 'decisionNumber' | 'decisionDate' | 'issuer' | 'destination' | 'deathCause' | 'note';

export interface DischargeFacts {
  kind: StayKind;
  state: StayState;
  admittedOn: string;
  dischargedOn: string | null;
  /** The term clock's release date as of the discharge day; null without a term. */
  releaseDate: string | null;
  /** An escape still open: the release date is not known yet. */
  releaseProvisional: boolean;
  contractEndsOn: string | null;
  hasReduction: boolean;
  hasExemption: boolean;
  /** A compulsory minor, or under the adult age on the discharge day. */
  isMinor: boolean;
}

export interface DischargeChoice {
  reason: ChosenReason;
  /** Vietnamese calendar day of the departure. */
  on: string;
  decisionNumber?: string | undefined;
  decisionDate?: string | undefined;
  issuer?: string | undefined;
  destination?: string | undefined;
  deathCause?: string | undefined;
  note?: string | undefined;
  handedTo?: unknown;
}

export const reasonLabels: Record<ChosenReason, string> = {
  completed: 'Chấp hành xong',
  reduced: 'Được giảm thời hạn',
  exempted: 'Được miễn chấp hành phần thời gian còn lại',
  voluntary_completed: 'Hoàn thành cai nghiện tự nguyện',
  self_terminated: 'Tự ý chấm dứt cai nghiện tự nguyện',
  suspended: 'Tạm đình chỉ',
  transferred: 'Chuyển cơ sở cai nghiện khác',
  to_education: 'Chuyển cơ sở giáo dục bắt buộc / trường giáo dưỡng',
  criminal_proceedings: 'Bị truy cứu trách nhiệm hình sự',
  died: 'Chết',
  no_decision: 'Tòa án không ra quyết định đưa vào cơ sở',
  not_addicted: 'Kết quả: không nghiện',
  community_rehab: 'Cai nghiện tại cộng đồng',
};

const compulsory: readonly StayKind[] = ['compulsory_adult', 'compulsory_minor'];
const anyKind: readonly StayKind[] = ['compulsory_adult', 'compulsory_minor', 'voluntary', 'pending_decision', 'assessment'];

const kindsOf: Record<ChosenReason, { kinds: readonly StayKind[]; words: string }> = {
  completed: { kinds: compulsory, words: 'học viên cai nghiện bắt buộc' },
  reduced: { kinds: compulsory, words: 'học viên cai nghiện bắt buộc' },
  exempted: { kinds: compulsory, words: 'học viên cai nghiện bắt buộc' },
  voluntary_completed: { kinds: ['voluntary'], words: 'học viên cai nghiện tự nguyện' },
  self_terminated: { kinds: ['voluntary'], words: 'học viên cai nghiện tự nguyện' },
  suspended: { kinds: compulsory, words: 'học viên cai nghiện bắt buộc' },
  transferred: { kinds: anyKind, words: '' },
  to_education: { kinds: compulsory, words: 'học viên cai nghiện bắt buộc' },
  criminal_proceedings: { kinds: anyKind, words: '' },
  died: { kinds: anyKind, words: '' },
  no_decision: { kinds: ['pending_decision'], words: 'người trong thời gian lập hồ sơ' },
  not_addicted: { kinds: ['assessment'], words: 'người đang xác định tình trạng nghiện' },
  community_rehab: { kinds: ['assessment'], words: 'người đang xác định tình trạng nghiện' },
};

/** Required fields with the refusal when missing; `asked` lists what the screen shows (some optional). */
const fieldsOf: Record<ChosenReason, { asked: ReasonField[]; required: Partial<Record<ReasonField, string>> }> = {
  completed: { asked: [], required: {} },
  reduced: { asked: [], required: {} },
  exempted: { asked: ['decisionNumber'], required: { decisionNumber: 'ghi số quyết định miễn chấp hành của Tòa án.' } },
  voluntary_completed: { asked: [], required: {} },
  self_terminated: { asked: ['note'], required: { note: 'ghi rõ sự việc (ngày bỏ về, số ngày vắng mặt không lý do…).' } },
  suspended: {
    asked: ['decisionNumber', 'decisionDate', 'note'],
    required: {
      decisionNumber: 'ghi số quyết định tạm đình chỉ.',
      decisionDate: 'ghi ngày quyết định tạm đình chỉ.',
      note: 'ghi căn cứ tạm đình chỉ (bệnh nặng, bị khởi tố…).',
    },
  },
  transferred: {
    asked: ['destination', 'decisionNumber'],
    required: { destination: 'ghi tên cơ sở cai nghiện chuyển đến.', decisionNumber: 'ghi số quyết định chuyển cơ sở.' },
  },
  to_education: {
    asked: ['destination', 'decisionNumber'],
    required: {
      destination: 'ghi tên cơ sở giáo dục bắt buộc hoặc trường giáo dưỡng.',
      decisionNumber: 'ghi số quyết định đưa vào cơ sở giáo dục bắt buộc / trường giáo dưỡng.',
    },
  },
  criminal_proceedings: {
    asked: ['issuer', 'decisionNumber'],
    required: { issuer: 'ghi tên cơ quan tiến hành tố tụng.', decisionNumber: 'ghi số quyết định của cơ quan tiến hành tố tụng.' },
  },
  died: { asked: ['deathCause', 'destination'], required: { deathCause: 'ghi nguyên nhân chết.' } },
  no_decision: { asked: ['decisionNumber'], required: { decisionNumber: 'ghi số văn bản của Tòa án (không ra quyết định).' } },
  not_addicted: { asked: [], required: {} },
  community_rehab: { asked: [], required: {} },
};

const handoverReasons: readonly ChosenReason[] = [
  'completed',
  'reduced',
  'exempted',
  'voluntary_completed',
  'suspended',
  'no_decision',
  'not_addicted',
  'community_rehab',
];

export function certificateFor(reason: ChosenReason): CertificateKind | null {
  if (reason === 'completed' || reason === 'reduced' || reason === 'exempted') return 'mau46';
  return reason === 'voluntary_completed' ? 'mau26b' : null;
}

/** A minor leaving for home is handed to the family or the commune (Mẫu 47). */
export function needsHandover(reason: ChosenReason, isMinor: boolean): boolean {
  return isMinor && handoverReasons.includes(reason);
}

function beforeDate(on: string, date: string, what: string): string | null {
  return on < date ? `Chưa đến ${what} (${formatDateVN(date)}): không thể ghi ra cơ sở ngày ${formatDateVN(on)}.` : null;
}

/** Why the reason cannot end this stay on the day, or null when it can. */
export function reasonUnavailable(reason: ChosenReason, f: DischargeFacts, on: string): string | null {
  const label = reasonLabels[reason];
  if (f.dischargedOn !== null) return `Học viên đã ra cơ sở ngày ${formatDateVN(f.dischargedOn)}.`;
  const step = nextState(f.state, 'discharged');
  if (!step.ok) return refusalMessage(step.refusal);
  const { kinds, words } = kindsOf[reason];
  if (!kinds.includes(f.kind)) return `${label}: chỉ áp dụng cho ${words}.`;
  const termEnd = () => {
    if (f.releaseDate === null) return `${label}: lượt này không có thời hạn chấp hành.`;
    if (f.releaseProvisional) return `${label}: học viên đang bỏ trốn, ngày chấp hành xong chưa xác định.`;
    return beforeDate(on, f.releaseDate, 'ngày chấp hành xong');
  };
  switch (reason) {
    case 'completed':
      return f.hasReduction ? 'Học viên đã được giảm thời hạn: chọn lý do "Được giảm thời hạn".' : termEnd();
    case 'reduced':
      return f.hasReduction ? termEnd() : `${label}: chưa có quyết định giảm thời hạn của Tòa án.`;
    case 'exempted':
      return f.hasExemption ? null : `${label}: chưa có quyết định miễn chấp hành của Tòa án.`;
    case 'voluntary_completed':
      if (f.contractEndsOn === null) return `${label}: không tìm thấy hợp đồng cai nghiện tự nguyện.`;
      return beforeDate(on, f.contractEndsOn, 'ngày hết hạn hợp đồng');
    default:
      return null;
  }
}

export interface ReasonOption {
  reason: ChosenReason;
  available: boolean;
  why: string | null;
  needs: ReasonField[];
  certificate: CertificateKind | null;
}

export function reasonOptions(f: DischargeFacts, on: string): ReasonOption[] {
  return (Object.keys(reasonLabels) as ChosenReason[]).map((reason) => {
    const why = reasonUnavailable(reason, f, on);
    return { reason, available: why === null, why, needs: fieldsOf[reason].asked, certificate: certificateFor(reason) };
  });
}

const blank = (v: string | undefined) => v === undefined || v.trim() === '';

/** Every reason the discharge cannot be recorded as chosen, each tied to the field to fix. */
export function dischargeIssues(f: DischargeFacts, c: DischargeChoice, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (c.on > today) {
    issues.push({ field: 'occurredAt', message: `Ngày ra cơ sở ${formatDateVN(c.on)} chưa đến: chỉ ghi khi học viên đã rời cơ sở.` });
  }
  if (c.on < f.admittedOn) {
    issues.push({ field: 'occurredAt', message: `Ngày ra cơ sở không thể trước ngày vào cơ sở (${formatDateVN(f.admittedOn)}).` });
  }
  const why = reasonUnavailable(c.reason, f, c.on);
  if (why) issues.push({ field: 'reason', message: why });
  const label = reasonLabels[c.reason];
  for (const [field, message] of Object.entries(fieldsOf[c.reason].required)) {
    if (blank(c[field as ReasonField])) issues.push({ field, message: `${label}: ${message}` });
  }
  if (c.decisionDate !== undefined && c.decisionDate > today) {
    issues.push({ field: 'decisionDate', message: `Ngày quyết định ${formatDateVN(c.decisionDate)} chưa đến.` });
  } else if (c.decisionDate !== undefined && c.decisionDate > c.on) {
    const message = `Ngày quyết định (${formatDateVN(c.decisionDate)}) không thể sau ngày ra cơ sở (${formatDateVN(c.on)}).`;
    issues.push({ field: 'decisionDate', message });
  }
  if (needsHandover(c.reason, f.isMinor) && c.handedTo === undefined) {
    issues.push({ field: 'handedTo', message: 'Học viên chưa thành niên: ghi người nhận bàn giao (gia đình hoặc UBND cấp xã, Mẫu 47).' });
  }
  return issues;
}
