import type { MethodInput, MethodOutput } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/errors';
import { formatNumber } from '../../format/format';

/** The daily output sheet as typed before saving, the payload work.record takes, and how refusals find their row. */

export type WorkSheet = MethodOutput<'work.sheet'>;
export type WorkRow = WorkSheet['rows'][number];
export type Product = MethodOutput<'products.list'>['products'][number];
export type Entry = MethodInput<'work.record'>['entries'][number];

/** What the officer has typed on one member's entry line: kept as text so "1,5" can be typed the Vietnamese way. */
export interface LineDraft {
  productId: string;
  quantity: string;
  hours: string;
}

export const emptyLine: LineDraft = { productId: '', quantity: '', hours: '' };

/** Errors shown on one row: under a field, or for the whole row. */
export interface RowError {
  productId?: string;
  quantity?: string;
  hours?: string;
  row?: string;
}

/** Money the facility's way: 1.872.000 đ. */
export function formatDong(n: number): string {
  return `${formatNumber(n)} đ`;
}

/** Hours with a decimal comma: 7,5. */
export function formatHours(n: number): string {
  return formatNumber(n);
}

/** A typed number ("1,5", "2.5", " 3 ") or null when empty or not a number. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '' || !/^-?\d*\.?\d+$/.test(t)) return null;
  return Number(t);
}

function isFilled(d: LineDraft | undefined): d is LineDraft {
  return d !== undefined && (d.productId !== '' || d.quantity.trim() !== '' || d.hours.trim() !== '');
}

export type LocalMessage = 'productRequired' | 'quantityRequired' | 'hoursRequired' | 'notANumber';

/**
 * The entries of every filled line in sheet order (blocked rows are skipped), the stay each entry came from (so a
 * refusal of entries.N names its row) and what is missing on half-filled lines, as message keys.
 */
export function entriesPayload(
  rows: readonly WorkRow[],
  drafts: ReadonlyMap<number, LineDraft>,
): { entries: Entry[]; stayOf: number[]; missing: Map<number, Partial<Record<'productId' | 'quantity' | 'hours', LocalMessage>>> } {
  const entries: Entry[] = [];
  const stayOf: number[] = [];
  const missing = new Map<number, Partial<Record<'productId' | 'quantity' | 'hours', LocalMessage>>>();
  for (const r of rows) {
    const d = drafts.get(r.stayId);
    if (r.blocked !== null || !isFilled(d)) continue;
    const quantity = parseAmount(d.quantity);
    const hours = parseAmount(d.hours);
    const m: Partial<Record<'productId' | 'quantity' | 'hours', LocalMessage>> = {};
    if (d.productId === '') m.productId = 'productRequired';
    if (quantity === null) m.quantity = d.quantity.trim() === '' ? 'quantityRequired' : 'notANumber';
    if (hours === null) m.hours = d.hours.trim() === '' ? 'hoursRequired' : 'notANumber';
    if (Object.keys(m).length > 0 || quantity === null || hours === null) {
      missing.set(r.stayId, m);
      continue;
    }
    entries.push({ stayId: r.stayId, productId: Number(d.productId), quantity, hours });
    stayOf.push(r.stayId);
  }
  return { entries, stayOf, missing };
}

/**
 * Spreads a refusal of work.record over the rows: "entries.3.hours" goes under the hours of the row the fourth entry
 * came from, "entries.3" or "entries.3.stayId" on that row; anything else above the sheet.
 */
export function rowErrorsOf(issues: readonly FieldIssue[], stayOf: readonly number[]): { rows: Map<number, RowError>; general: string[] } {
  const rows = new Map<number, RowError>();
  const general: string[] = [];
  for (const issue of issues) {
    const m = /^entries\.(\d+)(?:\.(\w+))?$/.exec(issue.field);
    const stayId = m ? stayOf[Number(m[1])] : undefined;
    if (!m || stayId === undefined) {
      general.push(issue.message);
      continue;
    }
    const e = rows.get(stayId) ?? {};
    const field = m[2];
    if (field === 'productId' || field === 'quantity' || field === 'hours') e[field] ??= issue.message;
    else e.row ??= issue.message;
    rows.set(stayId, e);
  }
  return { rows, general };
}

/** Hours recorded on a row plus what is typed on its entry line, against the caps of his age on that day. */
export function capsFigures(row: WorkRow, draft: LineDraft | undefined): { day: number; week: number; overDay: boolean; overWeek: boolean } {
  const typed = (draft && parseAmount(draft.hours)) ?? 0;
  const day = row.hoursDay + Math.max(0, typed);
  const week = row.hoursWeek + Math.max(0, typed);
  return { day, week, overDay: day > row.capDay, overWeek: week > row.capWeek };
}

/** The parts of the caps text, "Hôm nay 3/8 giờ · Tuần 20/48 giờ", for the i18n template (typed hours counted when given). */
export function capsValues(row: WorkRow, figures?: { day: number; week: number }): { day: string; capDay: string; week: string; capWeek: string } {
  const day = figures?.day ?? row.hoursDay;
  const week = figures?.week ?? row.hoursWeek;
  return { day: formatHours(day), capDay: formatHours(row.capDay), week: formatHours(week), capWeek: formatHours(row.capWeek) };
}

/** Lines still in effect (a reversed line is shown struck out, not counted). */
export function effectiveLines(row: WorkRow): WorkRow['lines'] {
  return row.lines.filter((l) => l.reversed === null);
}

/** Products that can be chosen for output: active, with a rate in force. */
export function choosableProducts(products: readonly Product[]): Product[] {
  return products.filter((p) => p.active && p.rateDong !== null);
}

/** The amount an entry line would earn at the rate in force today (a preview; the back end keeps the day's rate). */
export function previewAmount(draft: LineDraft | undefined, products: readonly Product[]): number | null {
  if (!draft || draft.productId === '') return null;
  const rate = products.find((p) => String(p.id) === draft.productId)?.rateDong;
  const q = parseAmount(draft.quantity);
  return rate == null || q === null ? null : Math.round(rate * q);
}

/** The day a new rate starts by default: today, or the day after the latest rate when that is today or later (one rate a day). */
export function firstFreeDay(product: Product, today: string): string {
  const latest = product.rates.map((r) => r.validFrom).sort().at(-1);
  if (!latest || latest < today) return today;
  const d = new Date(`${latest}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
