import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';

interface BatchRow {
  id: number;
  fileName: string;
  sheet: string;
  importedAt: string;
  importedBy: string | null;
  stays: number;
  personsCreated: number;
  movementsWritten: number;
  decisionsWritten: number;
  undoneAt: string | null;
}

const batchSql = `
  SELECT b.id, b.file_name AS fileName, b.sheet, b.created_at AS importedAt, u.username AS importedBy, b.stays,
         b.persons_created AS personsCreated, b.movements_written AS movementsWritten, b.decisions_written AS decisionsWritten,
         b.undone_at AS undoneAt
  FROM import_batches b LEFT JOIN users u ON u.id = b.created_by`;

/** Every column of the register that points at a stay or a person, read from the schema so a future table is covered. */
function referencingColumns(sqlite: Database.Database): { table: string; column: string; target: 'stay' | 'person' }[] {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const out: { table: string; column: string; target: 'stay' | 'person' }[] = [];
  for (const table of tables) {
    const columns = sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
    for (const column of columns) {
      const m = /(?:^|_)(stay|person)_id$/.exec(column);
      if (m) out.push({ table, column, target: m[1] as 'stay' | 'person' });
    }
  }
  return out;
}

/** What the import itself wrote in a table, by reference: anything more was recorded since. */
/** -1 for the decision tables, counted together against the decisions the import wrote. */
function writtenByImport(sqlite: Database.Database, b: BatchRow, table: string, column: string): number {
  if (table === 'movements' && column === 'stay_id') return b.movementsWritten;
  if ((table === 'court_decisions' || table === 'management_decisions') && column === 'stay_id') return -1;
  // Stays of the people the import created: the import's own, unless a later admission added one.
  if (table === 'stays' && column === 'person_id') {
    return sqlite.prepare('SELECT count(*) FROM stays WHERE import_batch_id = ? AND person_id IN (SELECT id FROM persons WHERE import_batch_id = ?)').pluck().get(b.id, b.id) as number;
  }
  return 0;
}

const tableWords: Record<string, string> = {
  movements: 'biến động (chuyển giường, nằm viện, bỏ trốn, ra cơ sở…)',
  stays: 'lượt tiếp nhận mới',
  roll_entries: 'điểm danh',
  work_lines: 'lao động trị liệu',
  deposit_lines: 'lưu ký',
  ratings: 'xếp loại',
};

/** Why the batch can no longer be undone: the first table holding something recorded on its stays or people since. */
export function undoBlocked(sqlite: Database.Database, b: BatchRow): string | null {
  if (b.undoneAt) return 'Lần nhập này đã được hủy.';
  const stayIds = JSON.stringify(sqlite.prepare('SELECT id FROM stays WHERE import_batch_id = ?').pluck().all(b.id));
  const personIds = JSON.stringify(sqlite.prepare('SELECT id FROM persons WHERE import_batch_id = ?').pluck().all(b.id));
  let decisions = 0;
  for (const { table, column, target } of referencingColumns(sqlite)) {
    const n = sqlite.prepare(`SELECT count(*) FROM "${table}" WHERE "${column}" IN (SELECT value FROM json_each(?))`).pluck().get(target === 'stay' ? stayIds : personIds) as number;
    const expected = writtenByImport(sqlite, b, table, column);
    if (expected === -1) {
      decisions += n;
      continue;
    }
    if (n > expected) {
      return `Đã có dữ liệu ghi thêm trên học viên của lần nhập này (${tableWords[table] ?? table}): không thể hủy lần nhập.`;
    }
  }
  // A bed given since is a bed_move beyond the import's own (counted in movements_written), found above.
  if (decisions > b.decisionsWritten) return 'Đã có quyết định ghi thêm trên học viên của lần nhập này: không thể hủy lần nhập.';
  return null;
}

export function listBatches(ctx: Ctx): MethodOutput<'import.batches'> {
  const rows = ctx.sqlite.prepare(`${batchSql} ORDER BY b.id DESC`).all() as BatchRow[];
  return rows.map((b) => ({
    id: b.id,
    fileName: b.fileName,
    sheet: b.sheet,
    importedAt: b.importedAt,
    importedBy: b.importedBy,
    stays: b.stays,
    personsCreated: b.personsCreated,
    undoneAt: b.undoneAt,
    undoBlocked: b.undoneAt ? null : undoBlocked(ctx.sqlite, b),
  }));
}

/** Removes what the batch created, in the command's transaction, once nothing was recorded on it since. */
export function undoImport(ctx: Ctx, input: { batchId: number; reason: string }): MethodOutput<'import.undo'> {
  const b = ctx.sqlite.prepare(`${batchSql} WHERE b.id = ?`).get(input.batchId) as BatchRow | undefined;
  if (!b) throw new AppError('not_found', 'Không tìm thấy lần nhập này.', { field: 'batchId' });
  const blocked = undoBlocked(ctx.sqlite, b);
  if (blocked) throw new AppError('conflict', blocked, { field: 'batchId' });
  const at = ctx.now().toISOString();
  // Marked undone first: the movements trigger lets only an undone batch's movements go.
  ctx.sqlite.prepare('UPDATE import_batches SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE id = ?').run(at, ctx.user?.id ?? null, input.reason, b.id);
  const ofBatch = 'stay_id IN (SELECT id FROM stays WHERE import_batch_id = ?)';
  for (const table of ['movements', 'court_decisions', 'management_decisions']) ctx.sqlite.prepare(`DELETE FROM ${table} WHERE ${ofBatch}`).run(b.id);
  const stays = ctx.sqlite.prepare('DELETE FROM stays WHERE import_batch_id = ?').run(b.id).changes;
  const persons = ctx.sqlite.prepare('DELETE FROM persons WHERE import_batch_id = ?').run(b.id).changes;
  ctx.audit({ entity: 'import_batch', entityId: b.id, before: { fileName: b.fileName, sheet: b.sheet, stays, persons }, after: { undoneAt: at }, reason: input.reason });
  return { stays, persons };
}
