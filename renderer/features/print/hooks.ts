import { useMethodQuery } from '../../api/query';
import type { ReportPeriodInput } from '../../../shared/contract/reports';

export const useAdmissionRecord = (stayId: number) => useMethodQuery('admissions.record', { stayId });

/** The report of a period with its comparison columns, and the header settings it prints with. */
export const useReportFigures = (period: ReportPeriodInput) => useMethodQuery('reports.figures', { period, compare: true });
export const useReportSettings = () => useMethodQuery('reports.settings', {});
