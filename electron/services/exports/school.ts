import type Database from 'better-sqlite3';
import { schoolList } from '../training/candidates';
import { DATE, date, listTitle, xlsxFile, type XlsxFile } from './sheet';

/** The school-class list: residents under 18 in the facility without primary education, in name order. */
export function schoolListWorkbook(sqlite: Database.Database, today: string): XlsxFile {
  const { residents } = schoolList(sqlite, today);
  return xlsxFile('lop-pho-cap', today, [
    {
      name: 'Lớp phổ cập',
      title: listTitle(sqlite, 'Danh sách học viên dưới 18 tuổi chưa học xong tiểu học (lớp phổ cập)', today),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Ngày sinh', width: 12, numFmt: DATE },
        { header: 'Trình độ học vấn', width: 24 },
      ],
      rows: residents.map((r, i) => ({ cells: [i + 1, r.fullName, r.fileNumber, date(r.birthDate), r.education ?? 'Chưa ghi'] })),
    },
  ]);
}
