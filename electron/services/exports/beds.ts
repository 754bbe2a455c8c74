import type Database from 'better-sqlite3';
import { bedBoard } from '../beds/board';
import type { SheetRow } from '../export/workbook';
import { stateLabels } from './labels';
import { COUNT, listTitle, xlsxFile, type XlsxFile } from './sheet';

/** The bed board (the areas chosen on it) as two sheets: every bed as the board shows it, and the counts per area. */
export function bedsWorkbook(sqlite: Database.Database, privacy: boolean, areaIds: number[] | undefined, today: string): XlsxFile {
  const board = bedBoard(sqlite, privacy);
  // The board filters areas on screen; an empty choice there means every area.
  const areas = areaIds?.length ? board.filter((a) => areaIds.includes(a.id)) : board;
  const beds: SheetRow[] = [];
  for (const a of areas) {
    for (const r of a.rooms) {
      for (const b of r.beds) {
        const o = b.occupant;
        const note = [
          !b.inService && b.outOfServiceReason,
          o?.override && `Xếp vượt quy tắc: ${o.overrideReason ?? ''}`.trim(),
          r.overCapacity && 'Phòng vượt công suất sử dụng',
        ].filter(Boolean);
        beds.push({
          cells: [
            beds.length + 1,
            `${a.code} · ${a.name}`,
            `${r.code} · ${r.name}`,
            b.code,
            b.inService ? (o ? 'Có người' : 'Còn trống') : 'Ngừng sử dụng',
            o ? (o.fullName ?? o.initials) : null,
            o ? stateLabels[o.state] : null,
            note.join('; ') || null,
          ],
        });
      }
    }
  }
  const counts: SheetRow[] = areas.map((a) => ({
    cells: [a.code, a.name, a.counts.beds, a.counts.occupied, a.counts.present, a.counts.free, a.counts.outOfService, a.counts.working, a.counts.overCapacity],
  }));
  const title = listTitle(sqlite, 'Sơ đồ giường', today, privacy ? ['Chế độ riêng tư: chỉ ghi tên viết tắt'] : []);
  return xlsxFile('giuong', today, [
    {
      name: 'Giường',
      title,
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Khu', width: 26 },
        { header: 'Phòng', width: 20 },
        { header: 'Giường', width: 10 },
        { header: 'Tình trạng giường', width: 16 },
        { header: 'Học viên', width: 28 },
        { header: 'Trạng thái học viên', width: 20 },
        { header: 'Ghi chú', width: 40 },
      ],
      rows: beds,
    },
    {
      name: 'Theo khu',
      title,
      columns: [
        { header: 'Mã khu', width: 8 },
        { header: 'Tên khu', width: 26 },
        { header: 'Số giường', width: 10, numFmt: COUNT },
        { header: 'Có người', width: 10, numFmt: COUNT },
        { header: 'Có mặt', width: 10, numFmt: COUNT },
        { header: 'Còn trống', width: 10, numFmt: COUNT },
        { header: 'Ngừng sử dụng', width: 12, numFmt: COUNT },
        { header: 'Công suất sử dụng', width: 14, numFmt: COUNT },
        { header: 'Vượt công suất', width: 12, numFmt: COUNT },
      ],
      rows: counts,
    },
  ]);
}
