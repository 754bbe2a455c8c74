import type { CertificateKind, DepositKind, NoticeRecipient } from '../../../shared/domain/vocabulary';

/** The words of the duty, deposit and release sheets: the screen's Vietnamese, since the file is the facility's record. */

export const depositKindLabels: Record<DepositKind, string> = {
  handed_in: 'Tiền gửi',
  earning: 'Tiền công',
  purchase: 'Mua hàng',
  withdrawal: 'Rút tiền',
  payout: 'Quyết toán khi ra',
  reversal: 'Hủy bỏ',
};

export const recipientLabels: Record<NoticeRecipient, string> = {
  court: 'Tòa án',
  commune: 'UBND xã',
  family: 'Gia đình',
  procuracy: 'Viện kiểm sát',
  police: 'Công an',
};

const noticeKindLabels: Record<string, string> = {
  release: 'Thông báo trước khi chấp hành xong (15 ngày)',
  death: 'Thông báo học viên chết (24 giờ)',
  voluntary_admission: 'Tiếp nhận cai nghiện tự nguyện',
  voluntary_end: 'Kết thúc cai nghiện tự nguyện',
};
/** A notice kind is free text in the register; an unknown one is written as recorded. */
export const noticeKindLabel = (kind: string): string => noticeKindLabels[kind] ?? kind;

export const certificateKindLabels: Record<CertificateKind, string> = {
  mau46: 'Mẫu 46 · Chấp hành xong biện pháp cai nghiện bắt buộc',
  mau26b: 'Mẫu 26b · Hoàn thành cai nghiện tự nguyện',
};

/** A notice's state as the release and notice tabs show it. */
export function noticeState(n: { sentOn: string | null; late: boolean }): string {
  if (n.sentOn) return n.late ? 'Gửi muộn' : 'Đã gửi';
  return n.late ? 'Quá hạn' : 'Chưa gửi';
}
