import type { ReactNode } from 'react';
import { attendanceSheetFor } from '../../print/AttendanceSheetPrint';
import { matchPath } from '../../../router/match';
import { AttendanceScreen } from './AttendanceScreen';

/** The attendance screen of a session ("/day-nghe/buoi/12") and its print ("/in/buoi-hoc/12"), or null. */
export function attendanceRouteFor(pathname: string): ReactNode {
  const print = attendanceSheetFor(pathname);
  if (print) return print;
  const sessionId = Number(matchPath('/day-nghe/buoi/:sessionId', pathname)?.sessionId);
  return Number.isInteger(sessionId) && sessionId > 0 ? <AttendanceScreen key={sessionId} sessionId={sessionId} /> : null;
}
