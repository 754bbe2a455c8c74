import { formatDateVN } from './dates';
import { legalInForce, legalParameterShapes, type LegalKey, type LegalRow } from './legal';

/**
 * Rules for an administrator adding a new value of a legal figure: the value must have the figure's shape, with
 * messages in Vietnamese naming the part that is wrong, and the date it takes effect must fit the history.
 */

export interface LegalIssue {
  /** Path inside the value ("minMonths", "adult.day"), or "effectiveFrom". */
  field: string;
  message: string;
}

export const legalKeys = Object.keys(legalParameterShapes) as [LegalKey, ...LegalKey[]];

/** What each number of a figure is called on the settings screen and in messages. */
const partLabels: Record<string, string> = {
  minMonths: 'Số tháng tối thiểu',
  maxMonths: 'Số tháng tối đa',
  years: 'Số tuổi',
  days: 'Số ngày',
  standard: 'Diện tích phòng thường (m²/người)',
  care24h: 'Diện tích phòng chăm sóc 24 giờ (m²/người)',
  adult: 'Người thành niên',
  age15to18: 'Từ đủ 15 đến dưới 18 tuổi',
  age12to15: 'Từ đủ 12 đến dưới 15 tuổi',
  'adult.day': 'Người thành niên: giờ/ngày',
  'adult.week': 'Người thành niên: giờ/tuần',
  'age15to18.day': 'Từ đủ 15 đến dưới 18 tuổi: giờ/ngày',
  'age15to18.week': 'Từ đủ 15 đến dưới 18 tuổi: giờ/tuần',
  'age12to15.day': 'Từ đủ 12 đến dưới 15 tuổi: giờ/ngày',
  'age12to15.week': 'Từ đủ 12 đến dưới 15 tuổi: giờ/tuần',
  dongPerDay: 'Tiền ăn (đồng/ngày)',
  maxDays: 'Số ngày tối đa',
  adultCompulsory: 'Bắt buộc, người thành niên (năm)',
  other: 'Trường hợp khác (năm)',
};

const labelOf = (field: string) => partLabels[field] ?? field;

interface ShapeIssue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  inclusive?: boolean;
}

function messageFor(field: string, issue: ShapeIssue): string {
  const label = labelOf(field);
  if (issue.code === 'invalid_type' && issue.expected === 'int') return `${label}: phải là số nguyên`;
  if (issue.code === 'invalid_type' && issue.expected === 'number') return `${label}: bắt buộc, nhập một số`;
  if (issue.code === 'too_small') return issue.inclusive ? `${label}: không được âm` : `${label}: phải lớn hơn 0`;
  return `${label}: thiếu hoặc không hợp lệ`;
}

/** Every problem with a value for `key`, or none; numbers the shape leaves unbounded still may not be negative. */
export function legalValueIssues(key: LegalKey, value: unknown): LegalIssue[] {
  const parsed = legalParameterShapes[key].safeParse(value);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => {
      const field = i.path.map(String).join('.');
      return { field, message: messageFor(field, i as ShapeIssue) };
    });
  }
  const issues: LegalIssue[] = [];
  const walk = (v: unknown, path: string[]) => {
    if (typeof v === 'number' && v < 0) issues.push({ field: path.join('.'), message: `${labelOf(path.join('.'))}: không được âm` });
    if (v && typeof v === 'object') for (const [k, inner] of Object.entries(v)) walk(inner, [...path, k]);
  };
  walk(parsed.data, []);
  const data = parsed.data as Record<string, unknown>;
  if (typeof data.minMonths === 'number' && typeof data.maxMonths === 'number' && data.minMonths > data.maxMonths) {
    issues.push({ field: 'maxMonths', message: 'Số tháng tối đa không được nhỏ hơn số tháng tối thiểu' });
  }
  for (const group of ['adult', 'age15to18', 'age12to15']) {
    const caps = data[group] as { day: number; week: number } | undefined;
    if (caps && caps.day > caps.week) {
      issues.push({ field: `${group}.day`, message: `${labelOf(group)}: giờ/ngày không được lớn hơn giờ/tuần` });
    }
  }
  return issues;
}

/**
 * A new value may take effect today, later, or on a past day after the value in force today (the law changed
 * last week and is entered now); never on or before that value's own date, which would rewrite the history
 * older stays were judged by, and never on a date the figure already has a value for.
 */
export function legalDateIssue(rows: LegalRow[], key: LegalKey, effectiveFrom: string, today: string): LegalIssue | null {
  const same = rows.find((r) => r.key === key && r.effectiveFrom === effectiveFrom);
  if (same) {
    return {
      field: 'effectiveFrom',
      message: `Tham số này đã có giá trị hiệu lực từ ${formatDateVN(effectiveFrom)}; chọn ngày hiệu lực khác.`,
    };
  }
  if (!rows.some((r) => r.key === key)) return null;
  const inForce = legalInForce(rows, key, today);
  if (effectiveFrom <= inForce.effectiveFrom) {
    return {
      field: 'effectiveFrom',
      message: `Ngày hiệu lực phải sau ${formatDateVN(inForce.effectiveFrom)}, ngày hiệu lực của giá trị đang áp dụng; lịch sử trước đó được giữ nguyên.`,
    };
  }
  return null;
}
