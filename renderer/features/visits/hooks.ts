import { useMethodMutation, useMethodQuery } from '../../api/query';

export const useVisits = (stayId: number) => useMethodQuery('visits.list', { stayId });
export const useRecordVisit = () => useMethodMutation('visits.record', ['visits.list', 'alerts.overview']);
export const useAlerts = () => useMethodQuery('alerts.overview', {}, { refetchInterval: 60_000 });
