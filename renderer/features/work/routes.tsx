import type { ReactNode } from 'react';
import { PaySlipPrint } from '../print/PaySlipPrint';
import { TeamPaySummaryPrint } from '../print/TeamPaySummaryPrint';
import { matchPath } from '../../router/match';
import { WorkScreen } from './WorkScreen';

const isMonth = (m: string | undefined): m is string => m !== undefined && /^\d{4}-(0[1-9]|1[0-2])$/.test(m);

/**
 * The pay run of a month on the work screen ("/lao-dong/thanh-toan/2026-11") and its prints (renderer/features/print/
 * paths.ts), or null when the path is none of them.
 */
export function workRouteFor(pathname: string): ReactNode {
  const slip = matchPath('/in/tien-cong/:month/:stayId', pathname);
  const stayId = Number(slip?.stayId);
  if (slip && isMonth(slip.month) && Number.isInteger(stayId) && stayId > 0) return <PaySlipPrint key={pathname} month={slip.month} stayId={stayId} />;
  const summary = matchPath('/in/tien-cong-to/:month', pathname);
  if (summary && isMonth(summary.month)) return <TeamPaySummaryPrint key={pathname} month={summary.month} />;
  const pay = matchPath('/lao-dong/thanh-toan/:month', pathname);
  if (pay && isMonth(pay.month)) return <WorkScreen key={pathname} initialTab="pay" month={pay.month} />;
  return null;
}
