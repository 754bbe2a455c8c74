import type { RollStatus } from '../../../shared/domain/roll-rules';
import { statusLabels } from '../../../shared/domain/report-labels';
import type { ClassStatus, EnrolmentResult, StayState } from '../../../shared/domain/vocabulary';

/**
 * The words the exported sheets use for codes. Workbooks are written in Vietnamese whatever the screen's language,
 * like the report's export: they are the facility's records and go up the chain as they are.
 */
export const stateLabels: Record<StayState, string> = { ...statusLabels, discharged: 'Đã ra cơ sở' };

export const rollStatusLabels: Record<RollStatus, string> = {
  present: 'Có mặt',
  away: 'Vắng theo diễn biến',
  escaped: 'Bỏ trốn',
  absent: 'Vắng',
};

export const slotLabels: Record<string, string> = { morning: 'Sáng', evening: 'Tối' };

export const classStatusLabels: Record<ClassStatus, string> = {
  planned: 'Dự kiến',
  running: 'Đang học',
  finished: 'Đã kết thúc',
  cancelled: 'Đã hủy',
};

export const enrolmentStatusLabels: Record<'enrolled' | 'waiting' | 'withdrawn', string> = {
  enrolled: 'Đang học',
  waiting: 'Chờ',
  withdrawn: 'Đã rời lớp',
};

export const resultLabels: Record<EnrolmentResult, string> = { pass: 'Đạt', fail: 'Không đạt', dropped: 'Bỏ học' };

export const weekdayLabels = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
