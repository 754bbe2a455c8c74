import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import { cellText } from '../../../shared/domain/import/cells';
import { registerValueLabels } from '../../../shared/domain/import/register-columns';
import type { ColumnMapping, ImportedStay, ImportField } from '../../../shared/domain/import/types';
import type { Ctx } from '../../router/types';
import { planImport, registerFiles, type Plan, type PlannedRow } from './plan';
import { getUpload, sheetOf, type Upload } from './uploads';

export interface SheetChoice {
  uploadId: string;
  sheet: string;
  dataStart: number;
  mapping: ColumnMapping;
}

/**
 * The plan of the sheet, read once per mapping while the officer pages through the preview and reused by the run.
 * Every write leaves an audit row, so the last audit id says whether the register changed since it was read.
 */
export function planOf(ctx: Ctx, upload: Upload, choice: SheetChoice): Plan {
  const lastWrite = ctx.sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get();
  const key = JSON.stringify([choice.sheet, choice.dataStart, choice.mapping, ctx.today(), lastWrite]);
  if (upload.cache?.key === key) return upload.cache.value as Plan;
  const plan = planImport(ctx.sqlite, sheetOf(upload, choice.sheet), choice.dataStart, choice.mapping, ctx.today());
  upload.cache = { key, value: plan };
  return plan;
}

const dateFields = new Set<ImportField>(['birthDate', 'admittedOn', 'decisionDate', 'dischargedOn']);

/** The stay as it will be written, in the officer's words: dates dd/mm/yyyy, kind, sex and reason as the register writes them. */
function stayValues(stay: ImportedStay): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, v] of Object.entries(stay) as [keyof ImportedStay, unknown][]) {
    if (v === null || v === undefined) continue;
    if (field === 'kind') out[field] = registerValueLabels.kind[stay.kind];
    else if (field === 'sex') out[field] = registerValueLabels.sex[stay.sex];
    else if (field === 'dischargeReason' && stay.dischargeReason) out[field] = registerValueLabels.dischargeReason[stay.dischargeReason];
    else if (dateFields.has(field)) out[field] = formatDateVN(String(v));
    else out[field] = String(v);
  }
  return out;
}

/** A row left out shows what its cells say. */
function cellValues(cells: readonly unknown[], mapping: ColumnMapping): Record<string, string> {
  const out: Record<string, string> = {};
  mapping.forEach((field, c) => {
    const t = cellText((cells[c] ?? null) as Parameters<typeof cellText>[0]);
    if (field && t !== '' && !(field in out)) out[field] = t;
  });
  return out;
}

function previewRow(p: PlannedRow, cells: readonly unknown[], mapping: ColumnMapping) {
  const r = p.result;
  return {
    rowNumber: r.rowNumber,
    status: r.status,
    ...(r.skipReason ? { skipReason: r.skipReason } : {}),
    values: r.stay ? stayValues(r.stay) : cellValues(cells, mapping),
    matchedPerson: p.matched ? { personId: p.matched.id, fullName: p.matched.fullName, fileNumbers: registerFiles(p.matched) } : null,
    bed: p.bed?.label ?? null,
    problems: r.problems,
  };
}

export function preview(
  ctx: Ctx,
  input: SheetChoice & { offset: number; limit: number; only: 'all' | 'problems' },
): MethodOutput<'import.preview'> {
  const upload = getUpload(ctx, input.uploadId);
  const grid = sheetOf(upload, input.sheet);
  const plan = planOf(ctx, upload, input);
  const listed = input.only === 'problems' ? plan.rows.filter((p) => p.result.problems.length > 0) : plan.rows;
  return {
    summary: plan.summary,
    total: listed.length,
    rows: listed.slice(input.offset, input.offset + input.limit).map((p) => previewRow(p, grid.rows[p.result.rowNumber - 1] ?? [], input.mapping)),
  };
}
