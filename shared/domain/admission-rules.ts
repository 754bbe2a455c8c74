import type { FieldIssue } from '../errors';
import { addMonths, ageOn, daysBetween, formatDateVN } from './dates';
import type { StayKind } from './vocabulary';

/**
 * Whether an admission of any kind can stand (DOMAIN.md §3): the term against the legal range in force, the age
 * against the kind, and the order of its dates. Each issue names the input field the officer must fix, and a
 * legal figure is quoted with its citation.
 */

export interface LegalFigure<T> {
  value: T;
  citation: string;
}

export interface TermRange {
  minMonths: number;
  maxMonths: number;
}

/** A birth date, or only the year when the day is unknown. */
export interface Birth {
  date: string | null;
  year: number;
}

interface CommonFacts {
  birth: Birth;
  broughtInOn: string;
  /** The day the handover record (Mẫu 40) was signed, when not the day brought in. */
  handoverOn?: string | undefined;
}

export type AdmissionFacts = CommonFacts &
  (
    | { kind: 'compulsory_adult' | 'compulsory_minor'; decision: { decisionDate: string; termMonths: number }; heldDays: number }
    | { kind: 'voluntary'; contract: { signedOn: string; startsOn: string; endsOn: string } }
    | { kind: 'pending_decision'; management: { decisionDate: string } }
    | { kind: 'assessment'; referral: { documentDate: string } }
  );

export interface AdmissionRules {
  today: string;
  /** The term range of the kind in force on the admission date; unused by kinds without a term. */
  term: LegalFigure<TermRange> | null;
  adultAge: LegalFigure<number>;
  minimumAge: LegalFigure<number>;
}

/**
 * The birth date the age rules use. With only the year known, the last day of that year counts as the birthday
 * (the rule Bộ luật Tố tụng hình sự 2015 Điều 417 k2 sets for an unknown birth date): the person is never taken
 * for older than they may be.
 */
export function effectiveBirthDate(birth: Birth): string {
  return birth.date ?? `${String(birth.year).padStart(4, '0')}-12-31`;
}

/** A contract's length in whole months, or null when the end date is not a whole number of months after the start. */
export function wholeMonthsBetween(startsOn: string, endsOn: string): number | null {
  if (endsOn <= startsOn) return null;
  const approx = Math.floor(daysBetween(startsOn, endsOn) / 31);
  for (let m = Math.max(1, approx); m <= approx + 2; m++) {
    if (addMonths(startsOn, m) === endsOn) return m;
  }
  return null;
}

const kindWords: Record<'compulsory_adult' | 'compulsory_minor' | 'voluntary', string> = {
  compulsory_adult: 'Thời hạn cai nghiện bắt buộc người thành niên',
  compulsory_minor: 'Thời hạn cai nghiện bắt buộc người từ đủ 12 đến dưới 18 tuổi',
  voluntary: 'Thời gian cai nghiện tự nguyện tại cơ sở',
};

function termIssue(kind: keyof typeof kindWords, months: number, term: LegalFigure<TermRange>, field: string, extra = ''): FieldIssue | null {
  const { minMonths, maxMonths } = term.value;
  if (months >= minMonths && months <= maxMonths) return null;
  return {
    field,
    message: `${kindWords[kind]} phải từ ${minMonths} đến ${maxMonths} tháng (${term.citation})${extra}.`,
  };
}

/** Where an age problem is shown: the birth date, or the year when only the year is known. */
function birthField(birth: Birth): string {
  return birth.date ? 'person.birthDate' : 'person.birthYear';
}

function ageIssues(f: AdmissionFacts, r: AdmissionRules, on: string, onLabel: string): FieldIssue[] {
  const field = birthField(f.birth);
  const born = effectiveBirthDate(f.birth);
  if (born >= f.broughtInOn) return [{ field, message: 'Ngày sinh phải trước ngày đưa vào cơ sở.' }];
  const age = ageOn(born, on);
  const adult = r.adultAge;
  const minimum = r.minimumAge;
  if (f.kind === 'compulsory_adult' && age < adult.value) {
    return [
      {
        field,
        message: `Người chưa đủ ${adult.value} tuổi ${onLabel} không thuộc diện cai nghiện bắt buộc người thành niên (${adult.citation}).`,
      },
    ];
  }
  if (f.kind === 'compulsory_minor' && age >= adult.value) {
    return [
      {
        field,
        message: `Người đã đủ ${adult.value} tuổi ${onLabel} thuộc diện cai nghiện bắt buộc người thành niên, không phải người chưa thành niên (${adult.citation}).`,
      },
    ];
  }
  if (age < minimum.value) {
    return [{ field, message: `Người chưa đủ ${minimum.value} tuổi ${onLabel} không thuộc diện tiếp nhận vào cơ sở (${minimum.citation}).` }];
  }
  return [];
}

function notAfter(date: string, limit: string, field: string, message: string): FieldIssue[] {
  return date > limit ? [{ field, message }] : [];
}

function compulsoryIssues(f: Extract<AdmissionFacts, { kind: 'compulsory_adult' | 'compulsory_minor' }>, r: AdmissionRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { decisionDate, termMonths } = f.decision;
  const term = r.term ? termIssue(f.kind, termMonths, r.term, 'decision.termMonths') : null;
  if (term) issues.push(term);
  issues.push(
    ...notAfter(decisionDate, f.broughtInOn, 'decision.decisionDate', `Ngày quyết định (${formatDateVN(decisionDate)}) không thể sau ngày đưa vào cơ sở.`),
  );
  const termDays = daysBetween(f.broughtInOn, addMonths(f.broughtInOn, termMonths));
  if (f.heldDays >= termDays) {
    issues.push({
      field: 'heldDays',
      message: `Số ngày bị quản lý trong thời gian lập hồ sơ (${f.heldDays}) không thể bằng hoặc vượt thời hạn cai nghiện (${termDays} ngày).`,
    });
  }
  issues.push(...ageIssues(f, r, decisionDate, 'tại ngày quyết định'));
  return issues;
}

function voluntaryIssues(f: Extract<AdmissionFacts, { kind: 'voluntary' }>, r: AdmissionRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { signedOn, startsOn, endsOn } = f.contract;
  issues.push(...notAfter(signedOn, f.broughtInOn, 'contract.signedOn', 'Ngày ký hợp đồng không thể sau ngày vào cơ sở.'));
  if (startsOn !== f.broughtInOn) {
    issues.push({
      field: 'contract.startsOn',
      message: `Hợp đồng phải bắt đầu từ ngày vào cơ sở (${formatDateVN(f.broughtInOn)}): thời gian cai nghiện tính từ ngày đó.`,
    });
  }
  if (endsOn <= startsOn) {
    issues.push({ field: 'contract.endsOn', message: 'Ngày kết thúc hợp đồng phải sau ngày bắt đầu.' });
  } else {
    const months = wholeMonthsBetween(startsOn, endsOn);
    if (months === null) {
      const near = Math.max(1, Math.round(daysBetween(startsOn, endsOn) / 30.44));
      issues.push({
        field: 'contract.endsOn',
        message: `Thời hạn hợp đồng phải tròn tháng: bắt đầu ${formatDateVN(startsOn)} thì ${near} tháng kết thúc ngày ${formatDateVN(addMonths(startsOn, near))}.`,
      });
    } else if (r.term) {
      const issue = termIssue('voluntary', months, r.term, 'contract.endsOn', `; hợp đồng này ${months} tháng`);
      if (issue) issues.push(issue);
    }
  }
  issues.push(...ageIssues(f, r, signedOn, 'tại ngày ký hợp đồng'));
  return issues;
}

/** Every reason the admission cannot stand, each tied to the field the officer must fix; empty when it may go ahead. */
export function admissionIssues(f: AdmissionFacts, r: AdmissionRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  issues.push(...notAfter(f.broughtInOn, r.today, 'broughtInOn', 'Ngày đưa vào cơ sở không thể sau hôm nay.'));
  if (f.handoverOn !== undefined) {
    if (f.handoverOn < f.broughtInOn) {
      issues.push({ field: 'handover.receivedOn', message: 'Ngày lập biên bản bàn giao không thể trước ngày đưa vào cơ sở.' });
    }
    issues.push(...notAfter(f.handoverOn, r.today, 'handover.receivedOn', 'Ngày lập biên bản bàn giao không thể sau hôm nay.'));
  }
  switch (f.kind) {
    case 'compulsory_adult':
    case 'compulsory_minor':
      issues.push(...compulsoryIssues(f, r));
      break;
    case 'voluntary':
      issues.push(...voluntaryIssues(f, r));
      break;
    case 'pending_decision':
      issues.push(
        ...notAfter(f.management.decisionDate, f.broughtInOn, 'management.decisionDate', 'Ngày quyết định giao quản lý không thể sau ngày đưa vào cơ sở.'),
        ...ageIssues(f, r, f.management.decisionDate, 'tại ngày quyết định giao quản lý'),
      );
      break;
    case 'assessment':
      issues.push(
        ...notAfter(f.referral.documentDate, f.broughtInOn, 'referral.documentDate', 'Ngày văn bản đề nghị không thể sau ngày đưa vào cơ sở.'),
        ...ageIssues(f, r, f.broughtInOn, 'tại ngày đưa vào cơ sở'),
      );
      break;
  }
  return issues;
}

/** The legal term range that applies to a kind of stay, or null when the kind has no term of months. */
export function termKeyOf(kind: StayKind): 'term.compulsory_adult' | 'term.compulsory_minor' | 'term.voluntary' | null {
  if (kind === 'compulsory_adult') return 'term.compulsory_adult';
  if (kind === 'compulsory_minor') return 'term.compulsory_minor';
  if (kind === 'voluntary') return 'term.voluntary';
  return null;
}
