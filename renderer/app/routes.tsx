import type { ReactNode } from 'react';
import type { Translation } from '../i18n/vi';
import { AdminScreen } from '../features/admin/AdminScreen';
import { AdmissionScreen } from '../features/admission/AdmissionScreen';
import { BedBoardScreen } from '../features/beds/BedBoardScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { AdmissionRecordPrint } from '../features/print/AdmissionRecordPrint';
import { HandoverRecordPrint } from '../features/print/HandoverRecordPrint';
import { rollSheetFor } from '../features/print/RollSheetPrint';
import { ProfileScreen } from '../features/residents/ProfileScreen';
import { ResidentsScreen } from '../features/residents/ResidentsScreen';
import { RollScreen } from '../features/roll/RollScreen';
import { UpcomingScreen } from '../features/upcoming/UpcomingScreen';
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
  { path: '/ra-co-so', label: 'discharge', render: () => <UpcomingScreen feature="discharge" /> },
  { path: '/day-nghe', label: 'training', render: () => <UpcomingScreen feature="training" /> },
  { path: '/lao-dong', label: 'work', render: () => <UpcomingScreen feature="work" /> },
  { path: '/bao-cao', label: 'reports', render: () => <UpcomingScreen feature="reports" /> },
  { path: '/quan-tri', label: 'admin', render: () => <AdminScreen /> },
];

export const residentPath = (stayId: number) => `/hoc-vien/${stayId}`;

/** A4 documents of a stay, printed from their own page (renderer/features/print/paths.ts). */
const printRoutes = [
  ['/in/tiep-nhan/:stayId', AdmissionRecordPrint],
  ['/in/ban-giao/:stayId', HandoverRecordPrint],
] as const;

/** The screen for a path, or null for an unknown one. */
export function screenFor(pathname: string): ReactNode {
  for (const [pattern, Print] of printRoutes) {
    const stayId = Number(matchPath(pattern, pathname)?.stayId);
    if (Number.isInteger(stayId) && stayId > 0) return <Print key={stayId} stayId={stayId} />;
  }
  const rollSheet = rollSheetFor(pathname);
  if (rollSheet) return rollSheet;
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
