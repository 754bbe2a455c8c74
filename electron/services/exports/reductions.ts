import { formatDateVN } from '../../../shared/domain/dates';
import type { Ctx } from '../../router/types';
import { getReview } from '../reductions/get';
import { COUNT, DATE, date, listTitle, xlsxFile, type XlsxFile } from './sheet';

/**
 * A review's proposals in the page's order. The grounds come from the review as the role may read it: an
 * exemption's illness or pregnancy is already replaced there for roles without health.read.
 */
export function reductionReviewWorkbook(ctx: Ctx, reviewId: number): XlsxFile {
  const { review, proposals } = getReview(ctx, reviewId);
  const status =
    review.status === 'approved'
      ? `Đã duyệt${review.approvedBy ? ` bởi ${review.approvedBy}` : ''}${review.postingFrom && review.postingTo ? `; niêm yết từ ${formatDateVN(review.postingFrom)} đến ${formatDateVN(review.postingTo)}` : ''}`
      : 'Dự thảo: chưa được Trưởng Cơ sở duyệt';
  return xlsxFile(`xet-giam-${review.id}`, ctx.today(), [
    {
      name: 'Đề nghị',
      title: listTitle(ctx.sqlite, `Danh sách đề nghị giảm thời hạn, miễn chấp hành: ${review.title}`, ctx.today(), [
        `Ngày xét ${formatDateVN(review.reviewOn)}; ${status}`,
      ]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Năm sinh', width: 8, numFmt: '0' },
        { header: 'Ngày vào', width: 12, numFmt: DATE },
        { header: 'Thời hạn (tháng)', width: 10, numFmt: COUNT },
        { header: 'Ngày ra dự kiến', width: 12, numFmt: DATE },
        { header: 'Đề nghị', width: 18 },
        { header: 'Số tháng đề nghị', width: 10, numFmt: COUNT },
        { header: 'Lập công', width: 8 },
        { header: 'Căn cứ', width: 50 },
        { header: 'Đưa vào danh sách', width: 10 },
        { header: 'Ghi chú', width: 30 },
        { header: 'Quyết định của Tòa án', width: 40 },
      ],
      rows: proposals.map((p, i) => ({
        cells: [
          i + 1,
          p.fullName,
          p.fileNumber,
          p.birthYear,
          date(p.admittedOn),
          p.termMonths,
          date(p.releaseDate),
          p.kind === 'reduction' ? 'Giảm thời hạn' : 'Miễn chấp hành phần còn lại',
          p.kind === 'reduction' ? p.monthsProposed : null,
          p.merit ? 'Có' : null,
          p.grounds,
          p.included ? 'Có' : 'Không',
          p.note,
          p.decision
            ? `${p.decision.outcome === 'granted' ? `Chấp nhận${p.decision.monthsGranted ? ` ${p.decision.monthsGranted} tháng` : ''}` : 'Không chấp nhận'}: số ${p.decision.decisionNumber} ngày ${formatDateVN(p.decision.decidedOn)}`
            : null,
        ],
      })),
    },
  ]);
}
