import type { MethodOutput } from '../../../shared/contract';

/** The report of a period as the back end answers it. */
export type ReportView = MethodOutput<'reports.figures'>;
