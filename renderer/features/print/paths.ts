import type { ReportPeriodInput } from '../../../shared/contract/reports';
import { periodSegments } from './report-period-path';

/** Print routes of a stay's admission documents; they render an A4 page over the app. */
export const admissionPrintPath = (stayId: number) => `/in/tiep-nhan/${stayId}`;
export const handoverPrintPath = (stayId: number) => `/in/ban-giao/${stayId}`;

/** The roll sheet of an area for a day and roll time (A4, for officers who count on paper first). */
export const rollSheetPath = (areaId: number, date: string, slot: string) => `/in/diem-danh/${areaId}/${date}/${encodeURIComponent(slot)}`;

/** The discharge papers of a stay: the certificate (Mẫu 46/26b), the settlement sheet, a minor's handover (Mẫu 47). */
export const certificatePrintPath = (stayId: number) => `/in/giay-chung-nhan/${stayId}`;
export const settlementPrintPath = (stayId: number) => `/in/quyet-toan/${stayId}`;
export const minorHandoverPrintPath = (stayId: number) => `/in/ban-giao-ra/${stayId}`;
/** The 15-day pre-release notice: one page per recipient, or only the named one. */
export const releaseNoticePrintPath = (stayId: number, recipient?: string) =>
  recipient ? `/in/thong-bao-ra/${stayId}/${recipient}` : `/in/thong-bao-ra/${stayId}`;

/** The documents of a reduction review: the proposal to the court (Mẫu 43), the list (Mẫu 44), the posting notice. */
export const reductionProposalPrintPath = (reviewId: number) => `/in/giam-han/${reviewId}/mau-43`;
export const reductionListPrintPath = (reviewId: number) => `/in/giam-han/${reviewId}/mau-44`;
export const reductionPostingPrintPath = (reviewId: number) => `/in/giam-han/${reviewId}/niem-yet`;

/** The attendance sheet of a vocational class session (A4, with the trainer's signature). */
export const attendanceSheetPrintPath = (sessionId: number) => `/in/buoi-hoc/${sessionId}`;

/** The statement of a stay's deposit account for a period (A4). */
export const depositStatementPrintPath = (stayId: number, from: string, to: string) => `/in/sao-ke/${stayId}/${from}/${to}`;

/** Work therapy pay: one resident's slip for a month, and the month's summary per team. */
export const paySlipPrintPath = (month: string, stayId: number) => `/in/tien-cong/${month}/${stayId}`;
export const teamPaySummaryPrintPath = (month: string) => `/in/tien-cong-to/${month}`;

/** The head's report of a period (A4, Nghị định 30/2020); the period is in the path so a reload prints the same one. */
export const reportPrintPath = (period: ReportPeriodInput) => `/in/bao-cao/${periodSegments(period)}`;
