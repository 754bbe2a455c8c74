import type Database from 'better-sqlite3';
import { formatDateVN } from '../../../shared/domain/dates';
import type { Ctx } from '../../router/types';
import { getClass } from '../training/class-view';
import { listClasses } from '../training/class-list';
import type { Input } from '../training/input';
import { classStatusLabels, enrolmentStatusLabels, resultLabels, stateLabels, weekdayLabels } from './labels';
import { COUNT, DATE, date, listTitle, xlsxFile, type XlsxFile } from './sheet';

const scheduleText = (slots: { weekday: number; start: string; hours: number }[]) =>
  slots.map((s) => `${weekdayLabels[s.weekday]} ${s.start} (${s.hours} giờ)`).join('; ');

/** The classes list for the same status filter, in the screen's order. */
export function classesWorkbook(ctx: Ctx, input: Input<'classes.list'>): XlsxFile {
  const { classes } = listClasses(ctx, input);
  const today = ctx.today();
  const filter = input.status ? [`Trạng thái: ${classStatusLabels[input.status]}`] : [];
  return xlsxFile('lop-hoc', today, [
    {
      name: 'Lớp học nghề',
      title: listTitle(ctx.sqlite, 'Danh sách lớp dạy nghề', today, filter),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Tên lớp', width: 30 },
        { header: 'Nghề', width: 22 },
        { header: 'Giáo viên', width: 24 },
        { header: 'Phòng học / xưởng', width: 20 },
        { header: 'Ngày khai giảng', width: 14, numFmt: DATE },
        { header: 'Ngày kết thúc', width: 14, numFmt: DATE },
        { header: 'Lịch học', width: 40 },
        { header: 'Sĩ số tối đa', width: 10, numFmt: COUNT },
        { header: 'Đang học', width: 10, numFmt: COUNT },
        { header: 'Danh sách chờ', width: 10, numFmt: COUNT },
        { header: 'Trạng thái', width: 14 },
        { header: 'Cơ sở giáo dục nghề nghiệp liên kết', width: 30 },
      ],
      rows: classes.map((c, i) => ({
        cells: [
          i + 1,
          c.name,
          c.tradeName,
          c.trainerName,
          c.place,
          date(c.startsOn),
          date(c.endsOn),
          scheduleText(c.schedule),
          c.capacity,
          c.enrolled,
          c.waiting,
          classStatusLabels[c.status],
          c.partnerSchool,
        ],
      })),
    },
  ]);
}

/** One class's residents as its page lists them: enrolled, then the waiting list in order, then those who left. */
export function classRosterWorkbook(sqlite: Database.Database, classId: number, today: string): XlsxFile {
  const { class: c, enrolments } = getClass(sqlite, classId);
  return xlsxFile(`lop-${c.id}-hoc-vien`, today, [
    {
      name: 'Học viên của lớp',
      title: listTitle(sqlite, `Danh sách học viên lớp ${c.name} (${c.tradeName})`, today, [
        `Giáo viên: ${c.trainerName}; từ ngày ${formatDateVN(c.startsOn)} đến ngày ${formatDateVN(c.endsOn)}`,
      ]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Năm sinh', width: 10, numFmt: '0' },
        { header: 'Tình trạng', width: 16 },
        { header: 'Trong lớp', width: 12 },
        { header: 'Ngày vào lớp', width: 14, numFmt: DATE },
        { header: 'Ngày rời lớp', width: 14, numFmt: DATE },
        { header: 'Lý do rời lớp', width: 28 },
        { header: 'Số buổi có mặt', width: 10, numFmt: COUNT },
        { header: 'Số buổi đã học', width: 10, numFmt: COUNT },
        { header: 'Kết quả', width: 12 },
        { header: 'Số chứng chỉ', width: 16 },
        { header: 'Ngày cấp', width: 14, numFmt: DATE },
      ],
      rows: enrolments.map((e, i) => ({
        cells: [
          i + 1,
          e.fullName,
          e.fileNumber,
          e.birthYear,
          stateLabels[e.state],
          enrolmentStatusLabels[e.status],
          date(e.enrolledOn),
          date(e.withdrawnOn),
          e.withdrawReason,
          e.attended,
          e.held,
          e.result ? resultLabels[e.result] : null,
          e.certificateNumber,
          date(e.certificateDate),
        ],
      })),
    },
  ]);
}
