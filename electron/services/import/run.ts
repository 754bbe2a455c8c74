import type { MethodOutput } from '../../../shared/contract';
import { writtenPlace } from '../../../shared/domain/import/places';
import type { ImportedStay } from '../../../shared/domain/import/types';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { legalRows } from '../settings/legal';
import { headersOf, rememberMapping } from './analyse';
import { planOf, type SheetChoice } from './preview';
import { setProgress } from './progress';
import { dropUpload, getUpload, sheetOf } from './uploads';
import { importWriter } from './write';
import { moveBed } from '../movements/bed-move';

/** Rows written between two yields to the event loop, so progress polls are answered while the import runs. */
const CHUNK = 500;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Where a stay came from, and the area/room the register wrote for it (kept also when the resident got a bed). */
function importSource(fileName: string, sheet: string, rowNumber: number, stay: ImportedStay): string {
  const place = writtenPlace(stay.area, stay.room);
  const extra = [place && `sổ ghi ${place}`, stay.note && `ghi chú: ${stay.note}`].filter(Boolean).join('; ');
  return `${fileName} / ${sheet} / dòng ${rowNumber}${extra ? ` (${extra})` : ''}`;
}

/**
 * Puts a present resident in the bed the preview planned, through beds.move (its rules, movement, audit and bed
 * cache). A refusal the preview could not foresee (a health record of a person already in the register) leaves the
 * resident without a bed rather than failing the import; nothing was written by the refused move.
 */
function placeInBed(ctx: Ctx, stayId: number, bedId: number, stay: ImportedStay): boolean {
  const place = writtenPlace(stay.area, stay.room);
  try {
    moveBed({ stayId, toBedId: bedId, reason: `Xếp giường khi nhập sổ từ Excel (sổ ghi ${place})` }, ctx);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'rule_violation') return false;
    throw err;
  }
}

/**
 * Imports the sheet inside the router's transaction (all of it or nothing if anything throws): the rows as read
 * against the register as it is now (the preview's reading when nothing was written since), then each valid row becomes its person (created once, or the one
 * matched), its stay, decision and movements. One audit row for the batch.
 */
export async function runImport(ctx: Ctx, input: SheetChoice & { mode: 'all_or_nothing' | 'valid_only' }): Promise<MethodOutput<'import.run'>> {
  const upload = getUpload(ctx, input.uploadId);
  const grid = sheetOf(upload, input.sheet);
  const plan = planOf(ctx, upload, input);
  const { errors } = plan.summary;
  if (input.mode === 'all_or_nothing' && errors > 0) {
    throw new AppError(
      'rule_violation',
      `${errors.toLocaleString('vi-VN')} dòng có lỗi: không nhập dòng nào. Sửa các dòng đó trong tệp, hoặc chọn "chỉ nhập các dòng hợp lệ".`,
      { field: 'mode' },
    );
  }
  const rows = plan.rows.filter((p) => p.result.stay && p.personRef !== null);
  if (rows.length === 0) throw new AppError('rule_violation', 'Không có dòng nào nhập được.', { field: 'mapping' });

  const batchId = (
    ctx.sqlite
      .prepare(
        `INSERT INTO import_batches (file_name, sheet, rows, mode, data_start, mapping_json, stays, persons_created, persons_matched,
           rows_left_out, movements_written, decisions_written, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, ?, ?) RETURNING id`,
      )
      .get(upload.fileName, input.sheet, plan.rows.length, input.mode, input.dataStart, JSON.stringify(input.mapping), ctx.user?.id ?? null, ctx.now().toISOString()) as { id: number }
  ).id;
  const explicit = new Set(rows.flatMap((p) => (p.result.stay?.fileNumber ? [p.result.stay.fileNumber] : [])));
  const write = importWriter(ctx, batchId, legalRows(ctx.sqlite), explicit);
  const created = new Map<number, number>();
  const matched = new Set<number>();
  let movements = 0;
  let decisions = 0;
  let bedsAssigned = 0;
  setProgress(ctx, { done: 0, total: rows.length });
  try {
    for (let i = 0; i < rows.length; i++) {
      const p = rows[i]!;
      const stay = p.result.stay as ImportedStay;
      const ref = p.personRef as number;
      let personId = ref > 0 ? ref : created.get(ref);
      if (ref > 0) matched.add(ref);
      if (personId === undefined) {
        personId = write.person(stay);
        created.set(ref, personId);
      }
      const w = write.stay(stay, personId, p.readmission, importSource(upload.fileName, input.sheet, p.result.rowNumber, stay));
      movements += w.movements;
      decisions += w.decisions;
      if (p.bed && placeInBed(ctx, w.stayId, p.bed.bedId, stay)) {
        movements++;
        bedsAssigned++;
      }
      if ((i + 1) % CHUNK === 0) {
        setProgress(ctx, { done: i + 1, total: rows.length });
        await tick();
      }
    }
  } finally {
    setProgress(ctx, null);
  }
  const counts = {
    stays: rows.length,
    personsCreated: created.size,
    personsMatched: matched.size,
    rowsLeftOut: plan.rows.length - plan.summary.skipped - rows.length,
    bedsAssigned,
  };
  ctx.sqlite
    .prepare(
      `UPDATE import_batches SET stays = ?, persons_created = ?, persons_matched = ?, rows_left_out = ?, movements_written = ?,
         decisions_written = ? WHERE id = ?`,
    )
    .run(counts.stays, counts.personsCreated, counts.personsMatched, counts.rowsLeftOut, movements, decisions, batchId);
  rememberMapping(ctx, headersOf(grid), input.mapping);
  ctx.audit({
    entity: 'import_batch',
    entityId: batchId,
    after: { fileName: upload.fileName, sheet: input.sheet, mode: input.mode, rows: plan.rows.length, skipped: plan.summary.skipped, ...counts },
  });
  ctx.afterCommit(() => dropUpload(ctx, input.uploadId));
  return { batchId, ...counts };
}
