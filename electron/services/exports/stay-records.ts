import type { MethodOutput } from '../../../shared/contract';
import type { MovementView } from '../../../shared/contract/movements';
import { formatDateVN, vnDate } from '../../../shared/domain/dates';
import type { Ctx } from '../../router/types';
import { listMovements } from '../movements/list';
import { listVisits } from '../visits/list';
import { stateLabels } from './labels';
import { movementTypeLabels } from '../../../shared/domain/movement-labels';
import { COUNT, DATE, date, listTitle, xlsxFile, type XlsxFile } from './sheet';
import { vnTime } from './time';

/** The stay's name and file number, for the title of its own lists. */
function stayTitle(ctx: Ctx, stayId: number): { line: string; fileNumber: string } {
  const s = ctx.sqlite
    .prepare('SELECT p.full_name AS fullName, s.file_number AS fileNumber FROM stays s JOIN persons p ON p.id = s.person_id WHERE s.id = ?')
    .get(stayId) as { fullName: string; fileNumber: string } | undefined;
  return { line: s ? `Học viên: ${s.fullName}, số hồ sơ ${s.fileNumber}` : '', fileNumber: s?.fileNumber ?? String(stayId) };
}

const slug = (fileNumber: string) => fileNumber.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Each reversal right after the row it cancels, as the profile reads them. */
function inReadingOrder(rows: MovementView[]): MovementView[] {
  const reversals = new Map(rows.filter((r) => r.reversesId !== null).map((r) => [r.reversesId, r]));
  return rows.filter((r) => r.reversesId === null).flatMap((r) => [r, ...(reversals.has(r.id) ? [reversals.get(r.id)!] : [])]);
}

/** A stay's movements as the profile lists them; a cancelled row says which reversal cancelled it. */
export function movementsWorkbook(ctx: Ctx, stayId: number): XlsxFile {
  const listed: MethodOutput<'movements.list'> = listMovements(ctx, stayId);
  const stay = stayTitle(ctx, stayId);
  const today = ctx.today();
  const byId = new Map(listed.movements.map((m) => [m.id, m]));
  const rows = inReadingOrder(listed.movements).map((m, i) => {
    const target = m.reversesId !== null ? byId.get(m.reversesId) : undefined;
    const bed = m.toBed ? (m.fromBed ? `${m.fromBed} → ${m.toBed}` : m.toBed) : null;
    const status = m.reversedById !== null ? 'Đã hủy (ghi nhận sai)' : target ? `Hủy diễn biến lúc ${vnTime(target.occurredAt)}` : null;
    return {
      cells: [
        i + 1,
        date(m.occurredOn),
        vnTime(m.occurredAt),
        movementTypeLabels[m.type],
        m.documentNumber,
        date(m.documentDate),
        m.destination,
        date(m.expectedReturnOn),
        bed,
        m.reason,
        status,
        `${formatDateVN(vnDate(new Date(m.recordedAt)))} ${vnTime(m.recordedAt)}`,
        m.recordedBy,
      ],
    };
  });
  return xlsxFile(`dien-bien-${slug(stay.fileNumber)}`, today, [
    {
      name: 'Diễn biến',
      title: listTitle(ctx.sqlite, 'Diễn biến của học viên', today, [stay.line, `Tình trạng hiện nay: ${stateLabels[listed.state]}`]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Ngày xảy ra', width: 12, numFmt: DATE },
        { header: 'Giờ', width: 7 },
        { header: 'Loại diễn biến', width: 24 },
        { header: 'Số quyết định / văn bản', width: 18 },
        { header: 'Ngày văn bản', width: 12, numFmt: DATE },
        { header: 'Nơi đến', width: 24 },
        { header: 'Ngày dự kiến trở về', width: 12, numFmt: DATE },
        { header: 'Giường', width: 20 },
        { header: 'Lý do', width: 36 },
        { header: 'Hủy bỏ', width: 28 },
        { header: 'Thời điểm ghi', width: 18 },
        { header: 'Người ghi', width: 22 },
      ],
      rows,
    },
  ]);
}

/** A stay's visit log, newest first, one row per visit: visitors and what they handed in on one line each. */
export function visitsWorkbook(ctx: Ctx, stayId: number): XlsxFile {
  const visits = listVisits(ctx.sqlite, stayId);
  const stay = stayTitle(ctx, stayId);
  const today = ctx.today();
  return xlsxFile(`tham-gap-${slug(stay.fileNumber)}`, today, [
    {
      name: 'Thăm gặp',
      title: listTitle(ctx.sqlite, 'Sổ thăm gặp của học viên', today, [stay.line]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Ngày thăm', width: 12, numFmt: DATE },
        { header: 'Giờ bắt đầu', width: 8 },
        { header: 'Thời gian (phút)', width: 10, numFmt: COUNT },
        { header: 'Số người thăm', width: 8, numFmt: COUNT },
        { header: 'Người thăm (quan hệ, số CCCD)', width: 44 },
        { header: 'Tiền gửi (đồng)', width: 14, numFmt: COUNT },
        { header: 'Đồ vật gửi', width: 36 },
        { header: 'Trưởng Cơ sở cho thăm thêm', width: 12 },
        { header: 'Cho thăm ngoài quy định: lý do', width: 36 },
        { header: 'Người ghi', width: 22 },
      ],
      rows: visits.map((v, i) => {
        const money = v.handedIn.filter((h) => h.kind === 'money').reduce((sum, h) => sum + (h.amountDong ?? 0), 0);
        const items = v.handedIn.filter((h) => h.kind === 'item').map((h) => `${h.description} (${h.quantity})`);
        return {
          cells: [
            i + 1,
            date(v.visitOn),
            v.startTime,
            v.durationMinutes,
            v.visitors.length,
            v.visitors.map((p) => `${p.name} (${p.relation}${p.idNumber ? `, ${p.idNumber}` : ''})`).join('; '),
            money || null,
            items.join('; ') || null,
            v.approvedExtension ? 'Có' : null,
            v.overrideReason,
            v.recordedBy,
          ],
        };
      }),
    },
  ]);
}
