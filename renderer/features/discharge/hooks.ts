import type { MethodName } from '../../../shared/contract';
import { useMethodMutation, useMethodQuery } from '../../api/query';

/**
 * Whatever shows who is in the facility, in which bed, until when, and what is owed: a discharge (or its undo)
 * refetches them all so every screen agrees at once.
 */
const dischargeViews: MethodName[] = [
  'residents.list',
  'residents.get',
  'beds.board',
  'beds.history',
  'roll.expected',
  'roll.headcount',
  'census.asOf',
  'movements.list',
  'releases.upcoming',
  'notices.pending',
  'discharge.get',
  'discharge.prepare',
  'certificates.list',
  'alerts.overview',
];

/** A notice marked sent changes the lists of notices owed and the stay's own notices. */
const noticeViews: MethodName[] = ['releases.upcoming', 'notices.pending', 'discharge.get', 'residents.get', 'alerts.overview'];

export const useUpcomingReleases = (days: number) => useMethodQuery('releases.upcoming', { days });
export const usePendingNotices = () => useMethodQuery('notices.pending', {});
export const useCertificates = (year: number) => useMethodQuery('certificates.list', { year });
export const usePrepareDischarge = (stayId: number, enabled = true) => useMethodQuery('discharge.prepare', { stayId }, { enabled });
export const useDischarge = (stayId: number, enabled = true) => useMethodQuery('discharge.get', { stayId }, { enabled });
/** Residents still in the facility matching a search, for choosing whom to discharge. */
export const usePresentResidents = (query: string) =>
  useMethodQuery('residents.list', { scope: 'present', query: query.trim() || undefined, limit: 30 });

export const useRecordDischarge = () => useMethodMutation('discharge.record', dischargeViews);
export const useUndoDischarge = () => useMethodMutation('discharge.undo', dischargeViews);
export const useMarkNoticeSent = () => useMethodMutation('notices.markSent', noticeViews);
