import type { MethodInput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import type { StayState } from '../../../shared/domain/vocabulary';
import type { Ctx } from '../../router/types';
import { teamName } from '../ratings/membership';
import { ratingSheet } from '../ratings/sheet';
import { teamMembers } from '../ratings/teams';
import { stateLabels } from './labels';
import { DATE, date, listTitle, xlsxFile, type XlsxFile } from './sheet';

const monthVN = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
const shiftMonth = (month: string, by: number) => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

/** A team's members on a day (today unless another day is chosen), in name order. */
export function teamMembersWorkbook(ctx: Ctx, input: MethodInput<'teams.members'>): XlsxFile {
  const { members } = teamMembers(ctx, input);
  const on = input.on ?? ctx.today();
  return xlsxFile(`to-doi-${input.teamId}`, on, [
    {
      name: 'Thành viên',
      title: listTitle(ctx.sqlite, `Danh sách học viên tổ/đội ${teamName(ctx.sqlite, input.teamId)}`, ctx.today(), [`Ngày ${formatDateVN(on)}`]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Ngày vào tổ', width: 12, numFmt: DATE },
        { header: 'Tình trạng', width: 16 },
      ],
      rows: members.map((m, i) => ({ cells: [i + 1, m.fullName, m.fileNumber, date(m.joinedOn), stateLabels[m.state as StayState] ?? m.state] })),
    },
  ]);
}

/** A team's rating sheet of a month with the two months before, as entered (confirmed or not yet). */
export function ratingsWorkbook(ctx: Ctx, input: MethodInput<'ratings.sheet'>): XlsxFile {
  const sheet = ratingSheet(ctx, input);
  const label = (code: string | null) => (code === null ? null : (sheet.scale.find((s) => s.code === code)?.label ?? code));
  const before = [shiftMonth(input.month, -2), shiftMonth(input.month, -1)];
  const confirmed = sheet.confirmed ? `Trưởng Cơ sở đã xác nhận${sheet.confirmed.by ? ` (${sheet.confirmed.by})` : ''}` : 'Chưa được Trưởng Cơ sở xác nhận';
  return xlsxFile(`xep-loai-to-${input.teamId}-${input.month}`, ctx.today(), [
    {
      name: 'Xếp loại',
      title: listTitle(ctx.sqlite, `Xếp loại hằng tháng tổ/đội ${teamName(ctx.sqlite, input.teamId)}, tháng ${monthVN(input.month)}`, ctx.today(), [confirmed]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        ...before.map((m) => ({ header: `Tháng ${monthVN(m)}`, width: 12 })),
        { header: `Xếp loại tháng ${monthVN(input.month)}`, width: 14 },
        { header: 'Ghi chú', width: 36 },
      ],
      rows: sheet.rows.map((r, i) => ({
        cells: [i + 1, r.fullName, r.fileNumber, ...before.map((m) => label(r.previous.find((p) => p.month === m)?.grade ?? null)), label(r.grade), r.note],
      })),
    },
  ]);
}
