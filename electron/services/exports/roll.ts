import type Database from 'better-sqlite3';
import type { MethodInput } from '../../../shared/contract';
import { formatDateVN, vnDate } from '../../../shared/domain/dates';
import { rollExpected } from '../roll/expected';
import { rollStatusLabels, slotLabels, stateLabels } from './labels';
import { listTitle, xlsxFile, type XlsxFile } from './sheet';

const vnTime = (instant: string) =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(instant));

/** The roll sheet as the screen shows it: the saved roll with its amendments, or the expected list before it is taken. */
export function rollWorkbook(sqlite: Database.Database, input: MethodInput<'roll.expected'>, today: string): XlsxFile {
  const sheet = rollExpected(sqlite, input);
  const area =
    input.areaId === null
      ? null
      : (sqlite.prepare('SELECT code, name FROM areas WHERE id = ?').get(input.areaId) as { code: string; name: string } | undefined);
  const when = `${area ? `${area.name} (${area.code})` : 'Toàn cơ sở'}; ngày ${formatDateVN(input.date)}, buổi ${slotLabels[input.slot] ?? input.slot} (${sheet.time})`;
  const saved = sheet.roll
    ? `Đã điểm danh lúc ${vnTime(sheet.roll.savedAt)} ngày ${formatDateVN(vnDate(new Date(sheet.roll.savedAt)))}${sheet.roll.takenBy ? `, người điểm danh: ${sheet.roll.takenBy}` : ''}; có mặt ${sheet.roll.presentCount}/${sheet.roll.expectedCount}`
    : 'Chưa lưu buổi điểm danh: danh sách dự kiến theo diễn biến';
  return xlsxFile(`diem-danh${area ? `-${area.code.toLowerCase()}` : ''}-${input.slot}`, input.date, [
    {
      name: 'Điểm danh',
      title: listTitle(sqlite, 'Danh sách điểm danh', today, [when, saved]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Giường', width: 14 },
        { header: 'Theo diễn biến', width: 22 },
        { header: 'Điểm danh', width: 20 },
        { header: 'Lý do', width: 30 },
        { header: 'Đính chính', width: 50 },
      ],
      rows: sheet.entries.map((e, i) => ({
        cells: [
          i + 1,
          e.fullName,
          e.fileNumber,
          e.bedLabel,
          e.awayStatus ? stateLabels[e.awayStatus] : 'Có mặt tại khu',
          rollStatusLabels[e.status],
          e.reason,
          e.amendments.map((a) => `${rollStatusLabels[a.fromStatus]} → ${rollStatusLabels[a.toStatus]}: ${a.reason}`).join('; ') || null,
        ],
      })),
    },
  ]);
}
