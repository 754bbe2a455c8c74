import type Database from 'better-sqlite3';
import { formatDateVN } from '../../../shared/domain/dates';
import type { NoticeRecipient } from '../../../shared/domain/vocabulary';
import type { Ctx } from '../../router/types';
import { listCertificates } from '../discharge/certificates';
import { pendingNotices } from '../discharge/pending';
import { upcomingReleases } from '../discharge/releases';
import { stateLabels } from './labels';
import { certificateKindLabels, noticeKindLabel, noticeState, recipientLabels } from './record-labels';
import { COUNT, DATE, date, listTitle, xlsxFile, type XlsxFile } from './sheet';

/** The three a release notice goes to, a column each as on the tab. */
const releaseRecipients: NoticeRecipient[] = ['court', 'commune', 'family'];

const sentText = (n: { sentOn: string | null; late: boolean; reference: string | null } | undefined): string => {
  const notice = n ?? { sentOn: null, late: false, reference: null };
  const when = notice.sentOn ? ` ngày ${formatDateVN(notice.sentOn)}${notice.reference ? `, số ${notice.reference}` : ''}` : '';
  return `${noticeState(notice)}${when}`;
};

/** The releases of the next N days with each recipient's 15-day notice, soonest first as on the tab. */
export function releasesWorkbook(ctx: Ctx, days: number): XlsxFile {
  const { rows } = upcomingReleases(ctx, days);
  const today = ctx.today();
  return xlsxFile('sap-ra-co-so', today, [
    {
      name: 'Sắp ra cơ sở',
      title: listTitle(ctx.sqlite, 'Danh sách học viên sắp ra cơ sở', today, [`Ngày ra cơ sở trong ${days} ngày tới`]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Giường', width: 14 },
        { header: 'Tình trạng', width: 16 },
        { header: 'Ngày tiếp nhận', width: 12, numFmt: DATE },
        { header: 'Ngày ra cơ sở', width: 12, numFmt: DATE },
        { header: 'Còn (ngày)', width: 8, numFmt: COUNT },
        { header: 'Hạn gửi thông báo', width: 12, numFmt: DATE },
        ...releaseRecipients.map((r) => ({ header: `Thông báo ${recipientLabels[r]}`, width: 26 })),
      ],
      rows: rows.map((r, i) => ({
        cells: [
          i + 1,
          r.fullName,
          r.fileNumber,
          r.bedLabel,
          stateLabels[r.state],
          date(r.admittedOn),
          date(r.releaseDate),
          r.daysLeft,
          date(r.noticeDueOn),
          ...releaseRecipients.map((rec) => sentText(r.notices.find((n) => n.recipient === rec))),
        ],
      })),
    },
  ]);
}

/** The notices owed and not sent, soonest due first, overdue ones marked. */
export function noticesWorkbook(ctx: Ctx): XlsxFile {
  const { notices } = pendingNotices(ctx);
  const today = ctx.today();
  return xlsxFile('thong-bao-phai-gui', today, [
    {
      name: 'Thông báo phải gửi',
      title: listTitle(ctx.sqlite, 'Thông báo phải gửi', today, [`Số thông báo: ${notices.length.toLocaleString('vi-VN')}`]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Loại thông báo', width: 40 },
        { header: 'Nơi nhận', width: 16 },
        { header: 'Hạn gửi', width: 12, numFmt: DATE },
        { header: 'Tình trạng', width: 12 },
      ],
      rows: notices.map((n, i) => ({
        cells: [i + 1, n.fullName, n.fileNumber, noticeKindLabel(n.kind), recipientLabels[n.recipient], date(n.dueOn), noticeState(n)],
      })),
    },
  ]);
}

/** The certificate register of a year, every number in order, voided ones kept with their reason. */
export function certificatesWorkbook(sqlite: Database.Database, year: number, today: string): XlsxFile {
  const { certificates } = listCertificates(sqlite, year);
  return xlsxFile(`so-giay-chung-nhan-${year}`, today, [
    {
      name: 'Sổ giấy chứng nhận',
      title: listTitle(sqlite, `Sổ cấp giấy chứng nhận năm ${year}`, today),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Số giấy chứng nhận', width: 18 },
        { header: 'Loại', width: 46 },
        { header: 'Ngày cấp', width: 12, numFmt: DATE },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Hiệu lực', width: 14 },
        { header: 'Lý do hủy', width: 36 },
      ],
      rows: certificates.map((c, i) => ({
        cells: [i + 1, c.number, certificateKindLabels[c.kind], date(c.issuedOn), c.fullName, c.fileNumber, c.voided ? 'Đã hủy' : 'Còn hiệu lực', c.voidReason],
      })),
    },
  ]);
}
