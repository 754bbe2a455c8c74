import type { ReactNode } from 'react';
import { ClassRosterPrint } from '../print/ClassRosterPrint';
import { matchPath } from '../../router/match';
import { TrainingScreen } from './TrainingScreen';

const positive = (s: string | undefined) => {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * The training screens below "/day-nghe" (the class list, one class) and the class roster print
 * (renderer/features/training/paths.ts), or null when the path is none of them. "/day-nghe" itself is the nav entry.
 */
export function trainingRouteFor(pathname: string): ReactNode {
  const roster = positive(matchPath('/in/danh-sach-lop/:classId', pathname)?.classId);
  if (roster) return <ClassRosterPrint key={pathname} classId={roster} />;
  if (matchPath('/day-nghe/lop', pathname)) return <TrainingScreen key={pathname} initialTab="classes" />;
  const classId = positive(matchPath('/day-nghe/lop/:classId', pathname)?.classId);
  return classId ? <TrainingScreen key={pathname} classId={classId} /> : null;
}
