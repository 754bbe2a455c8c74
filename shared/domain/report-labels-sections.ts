import type { FigureKey } from './report-figures';

type SectionKey = Extract<FigureKey, `${'health' | 'training' | 'work' | 'ratings' | 'conduct' | 'reductions' | 'notices'}.${string}`>;

/**
 * The Vietnamese label of each figure beyond the headcount and what exactly it counts, for the hover, the printed
 * notes and the Excel sheet (merged into report-labels.ts). A range is inclusive dates in Vietnam time.
 */
export const sectionLabels: Record<SectionKey, { label: string; definition: string }> = {
  'health.hiv': {
    label: 'Nhiễm HIV',
    definition: 'Số học viên đang quản lý cuối ngày cuối kỳ (kể cả người đang vắng mặt: nằm viện, về phép, bỏ trốn…) mà lần ghi nhận sức khỏe gần nhất tính đến ngày đó ghi nhiễm HIV.',
  },
  'health.tuberculosis': {
    label: 'Mắc lao',
    definition: 'Số học viên đang quản lý cuối ngày cuối kỳ (kể cả người đang vắng mặt: nằm viện, về phép, bỏ trốn…) mà lần ghi nhận sức khỏe gần nhất tính đến ngày đó ghi mắc lao.',
  },
  'health.hepatitis': {
    label: 'Viêm gan',
    definition: 'Số học viên đang quản lý cuối ngày cuối kỳ (kể cả người đang vắng mặt: nằm viện, về phép, bỏ trốn…) mà lần ghi nhận sức khỏe gần nhất tính đến ngày đó ghi viêm gan.',
  },
  'health.mentalDisorder': {
    label: 'Rối loạn tâm thần',
    definition: 'Số học viên đang quản lý cuối ngày cuối kỳ (kể cả người đang vắng mặt: nằm viện, về phép, bỏ trốn…) mà lần ghi nhận sức khỏe gần nhất tính đến ngày đó ghi rối loạn tâm thần.',
  },
  'training.classesRunning': {
    label: 'Lớp dạy nghề đang học',
    definition: 'Số lớp đã khai giảng, không hủy, có thời gian học (từ ngày khai giảng đến ngày kết thúc) trùng với kỳ.',
  },
  'training.enrolled': {
    label: 'Lượt học viên học nghề',
    definition: 'Số lượt ghi danh vào các lớp đang học trong kỳ mà học viên có tên trong lớp vào một lúc nào đó của kỳ (kể cả người rút khỏi lớp trong kỳ).',
  },
  'training.completed': {
    label: 'Hoàn thành khóa học',
    definition: 'Số học viên có kết quả đạt hoặc không đạt ở các lớp kết thúc trong kỳ (bỏ học, rút khỏi lớp không tính).',
  },
  'training.certificates': {
    label: 'Được cấp chứng chỉ',
    definition: 'Số chứng chỉ nghề cấp cho học viên đạt, có ngày cấp trong kỳ, dù lớp học kết thúc lúc nào.',
  },
  'work.participants': {
    label: 'Học viên tham gia lao động',
    definition: 'Số học viên có ít nhất một dòng kết quả lao động (không bị hủy) trong kỳ.',
  },
  'work.workdays': {
    label: 'Ngày công lao động',
    definition: 'Tổng số ngày có giờ lao động của từng học viên trong kỳ (một người một ngày tính một công).',
  },
  'work.hours': {
    label: 'Giờ lao động',
    definition: 'Tổng số giờ lao động ghi trong kỳ, sau khi trừ các dòng đã hủy.',
  },
  'work.output': {
    label: 'Sản phẩm',
    definition: 'Số lượng từng sản phẩm làm ra trong kỳ theo đơn vị tính của sản phẩm; không cộng các sản phẩm khác đơn vị với nhau.',
  },
  'work.earnings': {
    label: 'Tiền công đã ghi có',
    definition: 'Tổng tiền công lao động ghi có vào tài khoản lưu ký của học viên, có ngày ghi trong kỳ (đồng).',
  },
  'work.handedIn': {
    label: 'Tiền gia đình gửi',
    definition: 'Tổng tiền gia đình, người thân gửi cho học viên nhập tài khoản lưu ký, có ngày ghi trong kỳ (đồng).',
  },
  'work.balanceHeld': {
    label: 'Số dư lưu ký cuối kỳ',
    definition: 'Tổng số dư các tài khoản lưu ký của học viên tại ngày cuối kỳ (đồng).',
  },
  'ratings.grade': {
    label: 'Xếp loại hằng tháng',
    definition:
      'Số lượt học viên được xếp loại trong các tháng đã được Trưởng Cơ sở xác nhận và có ngày cuối tháng nằm trong kỳ (kỳ từ ngày 15 đến ngày 14 tính tháng kết thúc trong kỳ, ví dụ kỳ 15/10–14/11 tính xếp loại tháng 10); mỗi người mỗi tháng một lượt.',
  },
  'conduct.merits': {
    label: 'Lập công',
    definition: 'Số lần học viên lập công có ngày lập công trong kỳ.',
  },
  'conduct.discipline': {
    label: 'Bị kỷ luật',
    definition: 'Số quyết định kỷ luật có ngày bắt đầu áp dụng trong kỳ.',
  },
  'reductions.proposed': {
    label: 'Đề nghị giảm, miễn thời hạn',
    definition:
      'Số học viên trong danh sách đề nghị giảm thời hạn hoặc miễn chấp hành phần còn lại của các đợt xét được Trưởng Cơ sở duyệt trong kỳ (một người có tên ở hai đợt tính hai lần).',
  },
  'reductions.granted': {
    label: 'Được Tòa án giảm, miễn',
    definition: 'Số quyết định của Tòa án giảm thời hạn hoặc miễn chấp hành phần còn lại có ngày quyết định trong kỳ.',
  },
  'notices.onTime': {
    label: 'Thông báo gửi đúng hạn',
    definition: 'Số thông báo (không bị hủy) đến hạn gửi trong kỳ và đã gửi vào hoặc trước ngày đến hạn.',
  },
  'notices.late': {
    label: 'Thông báo gửi trễ hạn',
    definition: 'Số thông báo (không bị hủy) đến hạn gửi trong kỳ và đã gửi sau ngày đến hạn.',
  },
  'notices.overdue': {
    label: 'Thông báo quá hạn chưa gửi',
    definition: 'Số thông báo (không bị hủy) đến hạn vào hoặc trước ngày cuối kỳ mà đến ngày cuối kỳ vẫn chưa gửi, kể cả thông báo đến hạn từ các kỳ trước.',
  },
};
