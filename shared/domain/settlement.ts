import type { FieldIssue } from '../errors';

/**
 * The settlement checklist at discharge (TT 62/2022 Điều 5 k11): every item of the admission list and every item
 * handed in since is returned or its absence explained; road meals are days × rate up to a maximum; fare is paid.
 */

export interface RoadMealRule {
  dongPerDay: number;
  maxDays: number;
  citation: string;
}

export interface SettlementAmounts {
  roadMealDong: number;
  totalDong: number;
}

export function roadMealIssue(days: number, rule: RoadMealRule): FieldIssue | null {
  if (days <= rule.maxDays) return null;
  return { field: 'settlement.roadMealDays', message: `Tiền ăn đường tối đa ${rule.maxDays} ngày (${rule.citation}).` };
}

export function settlementAmounts(input: { roadMealDays: number; fareDong: number }, rule: RoadMealRule): SettlementAmounts {
  const roadMealDong = Math.min(input.roadMealDays, rule.maxDays) * rule.dongPerDay;
  return { roadMealDong, totalDong: roadMealDong + input.fareDong };
}

export interface ExpectedItem {
  source: 'handover' | 'handed_in';
  itemId: number;
  description: string;
}

export interface ItemAnswer {
  source: 'handover' | 'handed_in';
  itemId: number;
  returned: boolean;
  note?: string | undefined;
}

const keyOf = (i: { source: string; itemId: number }) => `${i.source}:${i.itemId}`;

/** The answers must cover exactly the expected items, once each; an item kept back needs a reason. */
export function itemIssues(expected: readonly ExpectedItem[], answers: readonly ItemAnswer[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const byKey = new Map(expected.map((e) => [keyOf(e), e]));
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const field = `settlement.items.${i}`;
    const item = byKey.get(keyOf(a));
    if (!item) {
      issues.push({ field, message: `Đồ vật số ${a.itemId} không có trong danh sách đồ vật của học viên này.` });
      return;
    }
    if (seen.has(keyOf(a))) issues.push({ field, message: `Đồ vật "${item.description}": ghi hai lần.` });
    seen.add(keyOf(a));
    if (!a.returned && (a.note ?? '').trim() === '') {
      issues.push({ field: `${field}.note`, message: `Đồ vật "${item.description}": chưa trả thì ghi lý do.` });
    }
  });
  for (const e of expected) {
    if (!seen.has(keyOf(e))) issues.push({ field: 'settlement.items', message: `Đồ vật "${e.description}": ghi đã trả hay chưa.` });
  }
  return issues;
}

/** A certificate issued and not handed over needs the reason in the settlement note. */
export function certificateHandoverIssue(issued: boolean, handedOver: boolean, note: string | undefined): FieldIssue | null {
  if (!issued || handedOver || (note ?? '').trim() !== '') return null;
  return {
    field: 'settlement.certificateHandedOver',
    message: 'Giấy chứng nhận chưa giao cho học viên: ghi lý do ở ghi chú quyết toán.',
  };
}
