import type { MethodInput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import type { Ctx } from '../../router/types';
import type { Cell, SheetRow } from '../export/workbook';
import { workSheet } from '../work/sheet';
import { stateLabels } from './labels';
import { COUNT, DECIMAL, listTitle, xlsxFile, type XlsxFile } from './sheet';

/**
 * A team's output of a day, one row per line as recorded (cancelled lines marked), members without output on a row
 * of their own. An exemption's reason names an illness: work.sheet gives it only to roles with health.read.
 */
export function workWorkbook(ctx: Ctx, input: MethodInput<'work.sheet'>): XlsxFile {
  const sheet = workSheet(ctx, input);
  const team = ctx.sqlite.prepare('SELECT name FROM teams WHERE id = ?').get(input.teamId) as { name: string } | undefined;
  const rows: SheetRow[] = [];
  let seq = 0;
  for (const r of sheet.rows) {
    seq += 1;
    const exemption = r.exemption
      ? `Miễn lao động từ ${formatDateVN(r.exemption.fromOn)} đến ${formatDateVN(r.exemption.toOn)}${r.exemption.reason ? `: ${r.exemption.reason}` : ''}`
      : null;
    const person: Cell[] = [seq, r.fullName, r.fileNumber, stateLabels[r.state]];
    const hours: Cell[] = [r.hoursDay, r.capDay, r.hoursWeek, r.capWeek];
    // An exemption is what blocks entry that day; its own line says so, with the reason where the role may read it.
    const note = (extra: string | null) => [exemption ?? r.blocked, extra].filter(Boolean).join('; ') || null;
    if (r.lines.length === 0) rows.push({ cells: [...person, null, null, null, null, null, ...hours, note(null)] });
    for (const l of r.lines) {
      const cancelled = l.reversed ? `Đã hủy${l.reversed.reason ? `: ${l.reversed.reason}` : ''}` : null;
      rows.push({ cells: [...person, l.productName, l.quantity, l.hours, l.rateDong, l.amountDong, ...hours, note(cancelled)] });
    }
  }
  return xlsxFile(`san-luong-to-${input.teamId}`, input.date, [
    {
      name: 'Sản lượng',
      title: listTitle(ctx.sqlite, 'Sản lượng lao động trị liệu', ctx.today(), [
        `Tổ/đội: ${team?.name ?? input.teamId}; ngày ${formatDateVN(input.date)}`,
        `Giới hạn giờ lao động theo độ tuổi: ${sheet.citation}`,
      ]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Tình trạng', width: 16 },
        { header: 'Sản phẩm', width: 24 },
        { header: 'Số lượng', width: 10, numFmt: DECIMAL },
        { header: 'Số giờ', width: 8, numFmt: DECIMAL },
        { header: 'Đơn giá (đồng)', width: 12, numFmt: COUNT },
        { header: 'Thành tiền (đồng)', width: 14, numFmt: COUNT },
        { header: 'Giờ trong ngày', width: 10, numFmt: DECIMAL },
        { header: 'Tối đa giờ/ngày', width: 10, numFmt: DECIMAL },
        { header: 'Giờ trong tuần', width: 10, numFmt: DECIMAL },
        { header: 'Tối đa giờ/tuần', width: 10, numFmt: DECIMAL },
        { header: 'Ghi chú', width: 44 },
      ],
      rows,
    },
  ]);
}
