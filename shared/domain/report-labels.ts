import type { CensusStatus } from './census';
import { reasonLabels } from './discharge-rules';
import type { FigureKey, FigureUnit, ReportColumn, YearEndKey } from './report-figures';
import { sectionLabels } from './report-labels-sections';
import type { DischargeReason, StayKind } from './vocabulary';

/**
 * The Vietnamese label of every figure of the head's report and what exactly it counts: the hover on screen, the
 * printed notes and the "Giải thích" sheet of the Excel export say the same. A period is inclusive calendar dates
 * in Vietnam time; "trong sổ" (on the books) means admitted and not yet discharged, by the movements.
 */
export interface FigureLabel {
  label: string;
  definition: string;
}

type CoreKey = Exclude<FigureKey, keyof typeof sectionLabels>;

const coreLabels: Record<CoreKey, FigureLabel> = {
  'headcount.start': {
    label: 'Có mặt đầu kỳ',
    definition: 'Số học viên trong sổ ngay trước 0 giờ ngày đầu kỳ: đã tiếp nhận và chưa ra cơ sở (kể cả người đang nằm viện, về chịu tang, bỏ trốn…).',
  },
  'headcount.admitted': {
    label: 'Tiếp nhận trong kỳ',
    definition: 'Số lượt tiếp nhận vào cơ sở có thời điểm trong kỳ (không tính lượt đã hủy bằng ghi đảo).',
  },
  'headcount.left': {
    label: 'Ra cơ sở trong kỳ',
    definition: 'Số lượt ra cơ sở (mọi lý do: chấp hành xong, giảm, miễn, chuyển, chết…) có thời điểm trong kỳ.',
  },
  'headcount.end': {
    label: 'Có mặt cuối kỳ',
    definition: 'Số học viên trong sổ lúc hết ngày cuối kỳ; bằng có mặt đầu kỳ + tiếp nhận − ra cơ sở.',
  },
  'headcount.turns': {
    label: 'Tổng số lượt trong kỳ',
    definition: 'Có mặt đầu kỳ cộng tiếp nhận trong kỳ: số lượt học viên cơ sở quản lý trong kỳ.',
  },
  'admissions.new': {
    label: 'Tiếp nhận mới',
    definition: 'Lượt tiếp nhận trong kỳ của người chưa từng ở cơ sở (lượt chuyển từ lập hồ sơ sang bắt buộc không tính là lượt trước).',
  },
  'admissions.readmitted': {
    label: 'Tiếp nhận lại (tái nghiện)',
    definition: 'Lượt tiếp nhận trong kỳ của người đã có lượt trước ở cơ sở (trừ lượt lập hồ sơ chuyển thành bắt buộc).',
  },
  'departures.reason': {
    label: 'Ra cơ sở theo lý do',
    definition: 'Lượt ra cơ sở trong kỳ, chia theo lý do ghi khi ra; tổng bằng số ra cơ sở trong kỳ.',
  },
  'events.escaped': { label: 'Lượt bỏ trốn', definition: 'Số lần học viên bỏ trốn có thời điểm xảy ra trong kỳ.' },
  'events.returned': { label: 'Lượt trở về sau bỏ trốn', definition: 'Số lần học viên bỏ trốn trở về hoặc được đưa về trong kỳ.' },
  'events.toHospital': { label: 'Lượt chuyển viện', definition: 'Số lần học viên được chuyển đi bệnh viện trong kỳ.' },
  'events.deaths': { label: 'Học viên chết', definition: 'Số học viên ra cơ sở trong kỳ với lý do chết.' },
  'outside.end': {
    label: 'Vắng mặt tại cơ sở cuối kỳ',
    definition: 'Học viên còn trong sổ lúc hết ngày cuối kỳ nhưng không có mặt tại cơ sở: nằm viện, về chịu tang, ra Tòa, bỏ trốn, tạm đình chỉ.',
  },
  'occupancy.designCapacity': { label: 'Sức chứa thiết kế', definition: 'Sức chứa thiết kế của cơ sở (thông tin cơ sở).' },
  'occupancy.workingCapacity': {
    label: 'Sức chứa thực tế',
    definition: 'Tổng sức chứa sử dụng của các phòng ở hiện có (theo diện tích và định mức m² mỗi người).',
  },
  'occupancy.averageDaily': {
    label: 'Số có mặt bình quân ngày',
    definition: 'Tổng số ngày-người trong kỳ chia cho số ngày của kỳ (một chữ số thập phân).',
  },
  'occupancy.peak': { label: 'Số có mặt cao nhất', definition: 'Số học viên trong sổ cao nhất lúc hết một ngày của kỳ; danh sách là ngày đầu tiên đạt mức đó.' },
  'occupancy.bedDays': {
    label: 'Tổng số ngày-người',
    definition: 'Cộng số học viên trong sổ lúc hết mỗi ngày của kỳ; danh sách ghi số ngày của từng học viên.',
  },
  'occupancy.overCapacityDays': { label: 'Số ngày vượt sức chứa', definition: 'Số ngày của kỳ có số học viên trong sổ lúc hết ngày lớn hơn sức chứa thiết kế.' },
};

export const figureLabels: Record<FigureKey, FigureLabel> = { ...coreLabels, ...sectionLabels };

export const figureLabel = (key: FigureKey): string => figureLabels[key].label;

export const unitLabels: Record<FigureUnit, string> = {
  persons: 'người',
  times: 'lượt',
  days: 'ngày',
  hours: 'giờ',
  dong: 'đồng',
  quantity: 'số lượng',
  classes: 'lớp',
};

export const columnLabels: Record<ReportColumn, string> = {
  current: 'Kỳ báo cáo',
  previous: 'Kỳ trước',
  lastYear: 'Cùng kỳ năm trước',
  yearToDate: 'Lũy kế từ đầu năm',
};

export const kindLabels: Record<StayKind, string> = {
  compulsory_adult: 'Bắt buộc (người thành niên)',
  compulsory_minor: 'Bắt buộc (từ đủ 12 đến dưới 18 tuổi)',
  voluntary: 'Tự nguyện',
  pending_decision: 'Trong thời gian lập hồ sơ',
  assessment: 'Xác định tình trạng nghiện',
};

export const sexLabels: Record<'male' | 'female', string> = { male: 'Nam', female: 'Nữ' };

export const dischargeReasonLabels: Record<DischargeReason, string> = {
  ...reasonLabels,
  to_compulsory: 'Có quyết định của Tòa án, chuyển sang cai nghiện bắt buộc',
};

export const statusLabels: Record<CensusStatus, string> = {
  present: 'Có mặt',
  in_hospital: 'Đang nằm viện',
  on_leave: 'Về chịu tang',
  at_court: 'Ra Tòa, làm việc với cơ quan tố tụng',
  escaped: 'Bỏ trốn',
  suspended: 'Tạm đình chỉ',
};

export const yearEndLabels: Record<YearEndKey, string> = {
  'staff.total': 'Tổng số cán bộ, nhân viên',
  'staff.female': 'Trong đó: nữ',
  'staff.medical': 'Cán bộ y tế',
  'staff.trainers': 'Giáo viên dạy nghề',
  'funding.stateBudgetDong': 'Kinh phí ngân sách nhà nước cấp trong năm (đồng)',
  'funding.voluntaryFeesDong': 'Thu phí cai nghiện tự nguyện (đồng)',
  'funding.workIncomeDong': 'Thu từ lao động trị liệu (đồng)',
  'funding.otherDong': 'Nguồn khác (đồng)',
  'funding.spentDong': 'Tổng chi trong năm (đồng)',
};
