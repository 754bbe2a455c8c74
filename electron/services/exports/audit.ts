import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { auditListInput } from '../../../shared/contract/audit';
import { formatDateVN, vnDate } from '../../../shared/domain/dates';
import { AppError } from '../../../shared/errors';
import { listAudit } from '../audit/list';
import { listTitle, xlsxFile, type XlsxFile } from './sheet';
import { vnTime } from './time';

/** More rows than an officer can read or Excel opens comfortably: a narrower filter is asked for instead. */
const MAX_ROWS = 100_000;
/** Excel keeps at most 32.767 characters in a cell; a longer before/after is cut with a mark. */
const CELL_MAX = 32_000;

const json = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const text = JSON.stringify(v);
  return text.length > CELL_MAX ? `${text.slice(0, CELL_MAX)}… (cắt bớt, xem trong ứng dụng)` : text;
};

/** The audit log as the viewer filters it, every matching row rather than one page. */
export function auditWorkbook(sqlite: Database.Database, filters: z.output<typeof auditListInput>, today: string): XlsxFile {
  const { total } = listAudit(sqlite, { ...filters, limit: 1, offset: 0 });
  if (total > MAX_ROWS) {
    throw new AppError(
      'rule_violation',
      `Có ${total.toLocaleString('vi-VN')} dòng nhật ký khớp bộ lọc, quá ${MAX_ROWS.toLocaleString('vi-VN')} dòng một tệp: hãy thu hẹp khoảng ngày hoặc lọc thêm.`,
    );
  }
  const { rows } = listAudit(sqlite, { ...filters, limit: Math.max(total, 1), offset: 0 });
  const shown = [
    filters.from || filters.to ? `Từ ${filters.from ? formatDateVN(filters.from) : '…'} đến ${filters.to ? formatDateVN(filters.to) : '…'}` : null,
    filters.username ? `Người thực hiện: ${filters.username}` : null,
    filters.method ? `Thao tác: ${filters.method}` : null,
    filters.entity ? `Đối tượng: ${filters.entity}${filters.entityId ? ` ${filters.entityId}` : ''}` : null,
  ].filter((x): x is string => x !== null);
  return xlsxFile('nhat-ky-thao-tac', today, [
    {
      name: 'Nhật ký thao tác',
      title: listTitle(sqlite, 'Nhật ký thao tác', today, shown),
      columns: [
        { header: 'Số', width: 8, numFmt: '0' },
        { header: 'Ngày', width: 12, numFmt: 'dd/mm/yyyy' },
        { header: 'Giờ', width: 8 },
        { header: 'Người thực hiện', width: 16 },
        { header: 'Thao tác (mã)', width: 26 },
        { header: 'Đối tượng', width: 18 },
        { header: 'Mã đối tượng', width: 12 },
        { header: 'Trước', width: 50 },
        { header: 'Sau', width: 50 },
        { header: 'Lý do', width: 36 },
      ],
      rows: rows.map((r) => ({
        cells: [r.id, { date: vnDate(new Date(r.at)) }, vnTime(r.at), r.username, r.method, r.entity, r.entityId, json(r.before), json(r.after), r.reason],
      })),
    },
  ]);
}
