import type { MethodInput } from '../../../shared/contract';
import type { Headcount } from '../../../shared/contract/roll';
import { formatDateVN, vnDate } from '../../../shared/domain/dates';
import type { MovementType } from '../../../shared/domain/vocabulary';
import type { Ctx } from '../../router/types';
import type { SheetColumn } from '../export/workbook';
import { censusHandlers } from '../census/handlers';
import { rollHeadcount } from '../roll/headcount';
import { slotLabels, stateLabels } from './labels';
import { movementTypeLabels } from '../../../shared/domain/movement-labels';
import { COUNT, DATE, date, listTitle, xlsxFile, type XlsxFile } from './sheet';
import { vnTime } from './time';

const headcountColumns: [keyof Headcount, string][] = [
  ['onBooks', 'Quản lý'],
  ['present', 'Có mặt'],
  ['inHospital', 'Nằm viện'],
  ['onLeave', 'Về chịu tang'],
  ['atCourt', 'Tòa / tố tụng'],
  ['escaped', 'Bỏ trốn'],
  ['suspended', 'Tạm đình chỉ'],
  ['overCapacity', 'Vượt công suất'],
];
const countColumns: SheetColumn[] = headcountColumns.map(([, header]) => ({ header, width: 10, numFmt: COUNT }));
const counts = (h: Headcount) => headcountColumns.map(([k]) => h[k]);
const atText = (instant: string) => `lúc ${vnTime(instant)} ngày ${formatDateVN(vnDate(new Date(instant)))}`;

/** The census as of a day and time, one area or all: who was on the books, where, under which status, since when. */
export function censusWorkbook(ctx: Ctx, input: MethodInput<'census.asOf'>): XlsxFile {
  const census = censusHandlers['census.asOf'](input, ctx);
  const area = input.areaId === undefined ? null : (ctx.sqlite.prepare('SELECT code, name FROM areas WHERE id = ?').get(input.areaId) as { code: string; name: string } | undefined);
  const where = area ? `${area.name} (${area.code})` : 'Toàn cơ sở';
  const title = listTitle(ctx.sqlite, 'Sĩ số theo ngày', ctx.today(), [`${where}, ${atText(census.instant)}: quản lý ${census.headcount.onBooks.toLocaleString('vi-VN')} học viên`]);
  return xlsxFile(`si-so${area ? `-${area.code.toLowerCase()}` : ''}`, input.date, [
    {
      name: 'Danh sách',
      title,
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Giường', width: 14 },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Tình trạng', width: 16 },
        { header: 'Theo diễn biến', width: 22 },
        { header: 'Từ ngày', width: 12, numFmt: DATE },
        { header: 'Lúc', width: 7 },
        { header: 'Nơi đến / lý do', width: 36 },
      ],
      rows: census.rows.map((r, i) => ({
        cells: [
          i + 1,
          r.bedLabel,
          r.fullName,
          r.fileNumber,
          stateLabels[r.status],
          movementTypeLabels[r.movement.type as MovementType] ?? r.movement.type,
          date(vnDate(new Date(r.movement.occurredAt))),
          vnTime(r.movement.occurredAt),
          [r.movement.destination, r.movement.reason].filter(Boolean).join('; ') || null,
        ],
      })),
    },
    { name: 'Sĩ số', title, columns: [{ header: 'Phạm vi', width: 26 }, ...countColumns], rows: [{ cells: [where, ...counts(census.headcount)], bold: true }] },
  ]);
}

/** The headcount per area and for the facility at a day and time, with the rolls taken that day. */
export function headcountWorkbook(ctx: Ctx, input: MethodInput<'roll.headcount'>): XlsxFile {
  const h = rollHeadcount(input, ctx);
  return xlsxFile('si-so-theo-khu', input.date, [
    {
      name: 'Sĩ số theo khu',
      title: listTitle(ctx.sqlite, 'Sĩ số theo khu', ctx.today(), [`Sĩ số ${atText(h.instant)}`]),
      columns: [{ header: 'Mã khu', width: 8 }, { header: 'Tên khu', width: 26 }, ...countColumns, { header: 'Đã điểm danh', width: 16 }],
      rows: [
        ...h.areas.map((a) => ({ cells: [a.code, a.name, ...counts(a.counts), a.rollsTaken.map((s) => slotLabels[s] ?? s).join(', ') || null] })),
        { cells: [null, 'Toàn cơ sở', ...counts(h.facility), null], bold: true },
      ],
    },
  ]);
}
