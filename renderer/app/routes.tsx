import type { ReactNode } from 'react';
import type { Translation } from '../i18n/vi';
import { AdminScreen } from '../features/admin/AdminScreen';
import { AdmissionScreen } from '../features/admission/AdmissionScreen';
import { BedBoardScreen } from '../features/beds/BedBoardScreen';
import { DischargeScreen } from '../features/discharge/DischargeScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { AdmissionRecordPrint } from '../features/print/AdmissionRecordPrint';
import { HandoverRecordPrint } from '../features/print/HandoverRecordPrint';
import { CertificatePrint } from '../features/print/CertificatePrint';
import { depositStatementFor } from '../features/print/DepositStatementPrint';
import { MinorHandoverPrint } from '../features/print/MinorHandoverPrint';
import { releaseNoticeFor } from '../features/print/ReleaseNoticePrint';
import { reportPrintFor } from '../features/print/ReportPrint';
import { SettlementPrint } from '../features/print/SettlementPrint';
import { rollSheetFor } from '../features/print/RollSheetPrint';
import { RatingsScreen } from '../features/ratings/RatingsScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { ratingsRouteFor } from '../features/ratings/routes';
import { ProfileScreen } from '../features/residents/ProfileScreen';
import { ResidentsScreen } from '../features/residents/ResidentsScreen';
import { RollScreen } from '../features/roll/RollScreen';
import { TrainingScreen } from '../features/training/TrainingScreen';
import { trainingRouteFor } from '../features/training/routes';
import { attendanceRouteFor } from '../features/training/attendance/routes';
import { WorkScreen } from '../features/work/WorkScreen';
import { workRouteFor } from '../features/work/routes';
import { matchPath } from '../router/match';

export interface NavItem {
  path: string;
  label: keyof Translation['nav'];
  render: () => ReactNode;
}

/** The navigation, in the order of a facility's day; screens of later issues say honestly they are coming. */
export const navItems: NavItem[] = [
  { path: '/', label: 'overview', render: () => <OverviewScreen /> },
  { path: '/hoc-vien', label: 'residents', render: () => <ResidentsScreen /> },
  { path: '/tiep-nhan', label: 'admission', render: () => <AdmissionScreen /> },
  { path: '/giuong', label: 'beds', render: () => <BedBoardScreen /> },
  { path: '/diem-danh', label: 'roll', render: () => <RollScreen /> },
  { path: '/xep-loai', label: 'ratings', render: () => <RatingsScreen /> },
  { path: '/ra-co-so', label: 'discharge', render: () => <DischargeScreen /> },
  { path: '/day-nghe', label: 'training', render: () => <TrainingScreen /> },
  { path: '/lao-dong', label: 'work', render: () => <WorkScreen /> },
  { path: '/bao-cao', label: 'reports', render: () => <ReportsScreen /> },
  { path: '/quan-tri', label: 'admin', render: () => <AdminScreen /> },
];

export const residentPath = (stayId: number) => `/hoc-vien/${stayId}`;

/** A4 documents of a stay, printed from their own page (renderer/features/print/paths.ts). */
const printRoutes = [
  ['/in/tiep-nhan/:stayId', AdmissionRecordPrint],
  ['/in/ban-giao/:stayId', HandoverRecordPrint],
  ['/in/giay-chung-nhan/:stayId', CertificatePrint],
  ['/in/quyet-toan/:stayId', SettlementPrint],
  ['/in/ban-giao-ra/:stayId', MinorHandoverPrint],
] as const;

/** The screen for a path, or null for an unknown one. */
export function screenFor(pathname: string): ReactNode {
  for (const [pattern, Print] of printRoutes) {
    const stayId = Number(matchPath(pattern, pathname)?.stayId);
    if (Number.isInteger(stayId) && stayId > 0) return <Print key={stayId} stayId={stayId} />;
  }
  const rollSheet = rollSheetFor(pathname);
  if (rollSheet) return rollSheet;
  const notice = releaseNoticeFor(pathname);
  if (notice) return notice;
  const statement = depositStatementFor(pathname);
  if (statement) return statement;
  const report = reportPrintFor(pathname);
  if (report) return report;
  const discharging = Number(matchPath('/ra-co-so/:stayId', pathname)?.stayId);
  if (Number.isInteger(discharging) && discharging > 0) return <DischargeScreen stayId={discharging} />;
  const ratings = ratingsRouteFor(pathname);
  if (ratings) return ratings;
  const attendance = attendanceRouteFor(pathname);
  if (attendance) return attendance;
  const work = workRouteFor(pathname);
  if (work) return work;
  const training = trainingRouteFor(pathname);
  if (training) return training;
  const profile = matchPath('/hoc-vien/:stayId', pathname);
  if (profile) {
    const stayId = Number(profile.stayId);
    return Number.isInteger(stayId) && stayId > 0 ? <ProfileScreen key={stayId} stayId={stayId} /> : null;
  }
  const item = navItems.find((n) => matchPath(n.path, pathname));
  return item ? item.render() : null;
}

/** The navigation entry a path belongs to, so the profile keeps "Học viên" highlighted. */
export function activeNav(pathname: string): string {
  return navItems.find((n) => n.path !== '/' && (pathname === n.path || pathname.startsWith(`${n.path}/`)))?.path ?? '/';
}
