import type { AuditVerifyResult, ChainProblem } from '../../../shared/contract/audit';
import { auditHash, type AuditContent } from '../../router/audit';

/** A row as read back from the file, with the hashes it carries. */
export interface StoredAuditRow extends AuditContent {
  id: number;
  prevHash: string | null;
  hash: string | null;
}

const KEPT_PROBLEMS = 100;

const LIMITATION =
  'Giới hạn: chuỗi mã băm chứng minh các dòng còn lại không bị sửa, và không dòng nào bị xóa hay chèn vào trước ' +
  'một dòng còn lại. Việc xóa các dòng cuối cùng chỉ phát hiện được nhờ bộ đếm mã số của tệp dữ liệu; người sửa ' +
  'tệp đặt lại cả bộ đếm này thì không phát hiện được, vì mã băm của dòng cuối không được lưu ở nơi nào khác. ' +
  'Muốn phát hiện cả trường hợp đó, hãy ghi mã băm dòng cuối ra sổ giấy sau mỗi lần kiểm tra để đối chiếu lần sau.';

function gapMessage(previousId: number | null, id: number | null, from: number, to: number): string {
  const n = to - from + 1;
  const ids = n === 1 ? `#${from}` : `#${from}–#${to}`;
  if (previousId === null && id === null) return `Nhật ký trống nhưng đã từng có ${n} dòng (${ids}): mọi dòng đã bị xóa.`;
  if (previousId === null) return `Mất ${n} dòng đầu (${ids}) trước dòng #${id}: đã bị xóa.`;
  if (id === null) {
    return `Mất ${n} dòng cuối (${ids}) sau dòng #${previousId}: bộ đếm mã số đã cấp đến #${to} nhưng nhật ký dừng ở #${previousId}.`;
  }
  return `Mất ${n} dòng (${ids}) giữa dòng #${previousId} và dòng #${id}: đã bị xóa.`;
}

function unlinkedMessage(id: number, previousId: number | null): string {
  return previousId === null
    ? `Dòng #${id} là dòng đầu còn lại nhưng lại nối tiếp một dòng trước nó: các dòng đầu nhật ký đã bị xóa.`
    : `Dòng #${id} không nối tiếp dòng #${previousId}: có dòng đã bị xóa hoặc chèn vào giữa hai dòng này.`;
}

/**
 * Walks the rows in id order once, holding only the previous row, so a log of millions of rows streams through.
 * `issuedUpTo` is the highest id the database ever handed out (its AUTOINCREMENT counter): ids never repeat and a
 * rolled-back write gives its id back, so any id missing up to it was deleted.
 */
export function verifyAuditChain(rows: Iterable<StoredAuditRow>, issuedUpTo: number | null): AuditVerifyResult {
  const problems: ChainProblem[] = [];
  let problemCount = 0;
  const report = (p: ChainProblem) => {
    problemCount++;
    if (problems.length < KEPT_PROBLEMS) problems.push(p);
  };
  const gap = (previousId: number | null, id: number | null, from: number, to: number) =>
    report({ kind: 'gap', id, previousId, missingFrom: from, missingTo: to, message: gapMessage(previousId, id, from, to) });

  let checked = 0;
  let previous: { id: number; hash: string | null } | null = null;
  for (const row of rows) {
    checked++;
    const expectedFrom = previous ? previous.id + 1 : 1;
    if (row.id > expectedFrom) gap(previous?.id ?? null, row.id, expectedFrom, row.id - 1);
    const expectedPrev = previous ? previous.hash : '';
    if (row.prevHash !== expectedPrev) {
      report({ kind: 'unlinked', id: row.id, previousId: previous?.id ?? null, missingFrom: null, missingTo: null, message: unlinkedMessage(row.id, previous?.id ?? null) });
    }
    if (row.hash !== auditHash(row.prevHash ?? '', row)) {
      report({
        kind: 'edited',
        id: row.id,
        previousId: null,
        missingFrom: null,
        missingTo: null,
        message: `Dòng #${row.id} đã bị sửa sau khi ghi: nội dung không khớp với mã băm của nó.`,
      });
    }
    previous = { id: row.id, hash: row.hash };
  }
  const lastId = previous?.id ?? null;
  if (issuedUpTo !== null && issuedUpTo > (lastId ?? 0)) gap(lastId, null, (lastId ?? 0) + 1, issuedUpTo);

  const first = problems[0];
  const message = first
    ? `Nhật ký đã bị can thiệp: ${problemCount} chỗ sai trong ${checked} dòng đã kiểm tra. Chỗ đầu tiên: ${first.message}`
    : checked === 0
      ? 'Nhật ký chưa có dòng nào.'
      : `Nhật ký toàn vẹn: đã kiểm tra ${checked} dòng, chuỗi mã băm khớp từ dòng #1 đến dòng #${lastId}.`;
  return { ok: problemCount === 0, checked, lastId, headHash: previous?.hash ?? null, problems, problemCount, message, limitation: LIMITATION };
}
