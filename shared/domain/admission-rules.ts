import type { FieldIssue } from '../errors';
import { ageOn, formatDateVN } from './dates';

export interface CompulsoryAdultFacts {
  birthDate: string;
  decisionDate: string;
  broughtInOn: string;
  termMonths: number;
}

export interface CompulsoryAdultRules {
  today: string;
  termRange: { minMonths: number; maxMonths: number; citation: string };
  adultAge: { years: number; citation: string };
}

/** Every reason a compulsory adult admission cannot stand, each tied to the field the officer must fix. */
export function compulsoryAdultIssues(f: CompulsoryAdultFacts, r: CompulsoryAdultRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { minMonths, maxMonths, citation } = r.termRange;
  if (f.termMonths < minMonths || f.termMonths > maxMonths) {
    issues.push({
      field: 'decision.termMonths',
      message: `Thời hạn cai nghiện bắt buộc người thành niên phải từ ${minMonths} đến ${maxMonths} tháng (${citation}).`,
    });
  }
  if (f.broughtInOn > r.today) {
    issues.push({ field: 'broughtInOn', message: 'Ngày đưa vào cơ sở không thể sau hôm nay.' });
  }
  if (f.decisionDate > f.broughtInOn) {
    issues.push({
      field: 'decision.decisionDate',
      message: `Ngày quyết định (${formatDateVN(f.decisionDate)}) không thể sau ngày đưa vào cơ sở.`,
    });
  }
  if (f.birthDate >= f.broughtInOn) {
    issues.push({ field: 'person.birthDate', message: 'Ngày sinh phải trước ngày đưa vào cơ sở.' });
  } else if (ageOn(f.birthDate, f.decisionDate) < r.adultAge.years) {
    issues.push({
      field: 'person.birthDate',
      message: `Người chưa đủ ${r.adultAge.years} tuổi tại ngày quyết định không thuộc diện cai nghiện bắt buộc người thành niên (${r.adultAge.citation}).`,
    });
  }
  return issues;
}
