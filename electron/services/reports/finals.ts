import type Database from 'better-sqlite3';
import type { FigureDims } from '../../../shared/contract/reports';
import { formatDateVN } from '../../../shared/domain/dates';
import type { FigureKey } from '../../../shared/domain/report-figures';
import type { DateRange } from '../../../shared/domain/report-period';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { rowKey } from './instants';
import type { FigureValue } from './types';

export interface FinalView {
  id: number;
  number: string;
  signedOn: string;
  signerName: string;
  signerTitle: string;
  finalisedAt: string;
  finalisedBy: string | null;
  figures: FigureValue[];
  differences: { key: FigureKey; dims: FigureDims; itemName: string | null; finalised: number; current: number }[];
}

interface FinalRow {
  id: number;
  number: string;
  signedOn: string;
  signerName: string;
  signerTitle: string;
  finalisedAt: string;
  finalisedBy: string | null;
  figuresJson: string;
}

const finalSql = `
  SELECT f.id, f.number, f.signed_on AS signedOn, f.signer_name AS signerName, f.signer_title AS signerTitle,
         f.finalised_at AS finalisedAt, u.full_name AS finalisedBy, f.figures_json AS figuresJson
  FROM report_finals f LEFT JOIN users u ON u.id = f.finalised_by
  WHERE f.from_date = ? AND f.to_date = ?`;

/** Today's value against the finalised one for every row of either (a row missing on one side counts 0). */
export function differences(finalised: FigureValue[], current: FigureValue[]): FinalView['differences'] {
  const now = new Map(current.map((f) => [rowKey(f.key, f.dims), f]));
  const then = new Map(finalised.map((f) => [rowKey(f.key, f.dims), f]));
  const out: FinalView['differences'] = [];
  for (const f of finalised) {
    const value = now.get(rowKey(f.key, f.dims))?.value ?? 0;
    if (value !== f.value) out.push({ key: f.key, dims: f.dims, itemName: f.itemName, finalised: f.value, current: value });
  }
  for (const f of current) {
    if (!then.has(rowKey(f.key, f.dims)) && f.value !== 0) out.push({ key: f.key, dims: f.dims, itemName: f.itemName, finalised: 0, current: f.value });
  }
  return out;
}

/** The finalised report of a range, with its differences from today's figures; null if never finalised. */
export function finalOf(sqlite: Database.Database, range: DateRange, current: FigureValue[]): FinalView | null {
  const row = sqlite.prepare(finalSql).get(range.from, range.to) as FinalRow | undefined;
  if (!row) return null;
  const { figuresJson, ...rest } = row;
  const figures = JSON.parse(figuresJson) as FigureValue[];
  return { ...rest, figures, differences: differences(figures, current) };
}

export interface FinaliseInput {
  period: unknown;
  number: string;
  signedOn: string;
  signerName: string;
  signerTitle: string;
}

/**
 * Stores the period's figures as the head signs them. Refused for a period not over yet (its figures would still
 * move), when the balance does not hold (the report would carry wrong numbers), and for a period already finalised.
 */
export function finalise(ctx: Ctx, range: DateRange, input: FinaliseInput, figures: FigureValue[], problemCount: number): FinalView {
  if (range.to >= ctx.today()) {
    throw new AppError('rule_violation', `Kỳ báo cáo đến hết ngày ${formatDateVN(range.to)} chưa kết thúc: chỉ chốt báo cáo sau ngày cuối của kỳ.`);
  }
  if (problemCount > 0) {
    throw new AppError(
      'rule_violation',
      `Số liệu không cân đối ở ${problemCount} học viên (đầu kỳ + vào − ra ≠ cuối kỳ): sửa diễn biến của các học viên này trước khi chốt báo cáo.`,
    );
  }
  const existing = ctx.sqlite.prepare('SELECT number, signed_on AS signedOn FROM report_finals WHERE from_date = ? AND to_date = ?').get(range.from, range.to) as
    | { number: string; signedOn: string }
    | undefined;
  if (existing) {
    throw new AppError(
      'conflict',
      `Báo cáo kỳ ${formatDateVN(range.from)}–${formatDateVN(range.to)} đã được chốt (số ${existing.number}, ký ngày ${formatDateVN(existing.signedOn)}); mỗi kỳ chỉ chốt một lần.`,
    );
  }
  const { id } = ctx.sqlite
    .prepare(
      `INSERT INTO report_finals (from_date, to_date, period_json, number, signed_on, signer_name, signer_title, figures_json, finalised_at, finalised_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(
      range.from,
      range.to,
      JSON.stringify(input.period),
      input.number,
      input.signedOn,
      input.signerName,
      input.signerTitle,
      JSON.stringify(figures),
      ctx.now().toISOString(),
      ctx.user?.id ?? null,
    ) as { id: number };
  ctx.audit({ entity: 'report_final', entityId: id, after: { range, number: input.number, signedOn: input.signedOn, signerName: input.signerName, signerTitle: input.signerTitle } });
  const view = finalOf(ctx.sqlite, range, figures);
  if (!view) throw new Error('finalised report just written is missing');
  return view;
}
