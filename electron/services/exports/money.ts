import { formatDateVN } from '../../../shared/domain/dates';
import { roundHours } from '../../../shared/domain/work-caps';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import type { SheetRow } from '../export/workbook';
import { depositHandlers } from '../deposit/handlers';
import { getRun } from '../work/pay';
import { depositKindLabels } from './record-labels';
import { COUNT, DATE, DECIMAL, date, listTitle, xlsxFile, type XlsxFile } from './sheet';

/**
 * A deposit account's statement for a period, as the A4 statement prints it: the opening balance, each line with
 * the balance after it (credits and debits apart, cancelled lines marked), the totals and the closing balance.
 */
export function depositStatementWorkbook(ctx: Ctx, input: { stayId: number; from: string; to: string }): XlsxFile {
  // Through the list's own handler: it refuses a period that ends before it starts.
  const s = depositHandlers['deposit.statement'](input, ctx);
  const lines: SheetRow[] = s.lines.map((l, i) => ({
    cells: [
      i + 1,
      date(l.lineOn),
      depositKindLabels[l.kind],
      l.description,
      l.amountDong > 0 ? l.amountDong : null,
      l.amountDong < 0 ? -l.amountDong : null,
      l.balanceDong,
      l.reversed ? `Đã hủy: ${l.reversed.reason}` : null,
      l.recordedBy,
    ],
  }));
  const total = (label: string, credit: number | null, debit: number | null, balance: number): SheetRow => ({
    cells: [null, null, null, label, credit, debit, balance, null, null],
    bold: true,
  });
  return xlsxFile(`sao-ke-luu-ky-${s.fileNumber.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, ctx.today(), [
    {
      name: 'Sao kê lưu ký',
      title: listTitle(ctx.sqlite, 'Sao kê tài khoản lưu ký', ctx.today(), [
        `Học viên: ${s.fullName}, số hồ sơ ${s.fileNumber}`,
        `Từ ngày ${formatDateVN(input.from)} đến ngày ${formatDateVN(input.to)}`,
      ]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Ngày', width: 12, numFmt: DATE },
        { header: 'Loại', width: 18 },
        { header: 'Nội dung', width: 40 },
        { header: 'Thu (đồng)', width: 14, numFmt: COUNT },
        { header: 'Chi (đồng)', width: 14, numFmt: COUNT },
        { header: 'Số dư sau (đồng)', width: 16, numFmt: COUNT },
        { header: 'Hủy bỏ', width: 30 },
        { header: 'Người ghi', width: 22 },
      ],
      rows: [
        total('Số dư đầu kỳ', null, null, s.openingDong),
        ...lines,
        total('Cộng phát sinh / số dư cuối kỳ', s.creditsDong, s.debitsDong, s.closingDong),
      ],
    },
  ]);
}

/** A month's pay run: a line per resident, then the totals per team as the pay tab shows them. */
export function payRunWorkbook(ctx: Ctx, input: { month: string }): XlsxFile {
  const { run, lines, teams } = getRun(ctx.sqlite, input);
  const [y, m] = input.month.split('-');
  if (!run) throw new AppError('not_found', `Tháng ${m}/${y} chưa lập bảng thanh toán tiền công.`, { field: 'month' });
  const state =
    run.status === 'approved'
      ? `Đã duyệt${run.approvedBy ? ` bởi ${run.approvedBy}` : ''}: đã ghi có vào tài khoản lưu ký`
      : 'Bản nháp: chưa được Trưởng Cơ sở duyệt';
  const title = listTitle(ctx.sqlite, `Bảng thanh toán tiền công lao động trị liệu tháng ${m}/${y}`, ctx.today(), [state]);
  return xlsxFile(`tien-cong-${input.month}`, ctx.today(), [
    {
      name: 'Theo học viên',
      title,
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Số giờ', width: 10, numFmt: DECIMAL },
        { header: 'Tiền công (đồng)', width: 16, numFmt: COUNT },
      ],
      rows: [
        ...lines.map((l, i) => ({ cells: [i + 1, l.fullName, l.fileNumber, l.hours, l.amountDong] })),
        { cells: [null, 'Tổng cộng', null, roundHours(lines.reduce((sum, l) => sum + l.hours, 0)), run.totalDong], bold: true },
      ],
    },
    {
      name: 'Theo tổ đội',
      title,
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Tổ/đội', width: 28 },
        { header: 'Số học viên', width: 10, numFmt: COUNT },
        { header: 'Số giờ', width: 10, numFmt: DECIMAL },
        { header: 'Tiền công (đồng)', width: 16, numFmt: COUNT },
      ],
      rows: teams.map((t, i) => ({ cells: [i + 1, t.teamName, t.residents, t.hours, t.amountDong] })),
    },
  ]);
}
