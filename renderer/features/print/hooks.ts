import { useMethodQuery } from '../../api/query';

export const useAdmissionRecord = (stayId: number) => useMethodQuery('admissions.record', { stayId });
