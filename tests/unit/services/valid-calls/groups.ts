import type { Catalogue } from './catalogue';
import { registerCalls } from './calls-register';
import { releaseCalls } from './calls-release';
import { reportsCalls } from './calls-reports';
import { systemCalls } from './calls-system';
import { workCalls } from './calls-work';

/** The valid calls by feature group; together they cover every method of the contract. */
export const validCallGroups: Record<string, Catalogue> = {
  system: systemCalls,
  register: registerCalls,
  release: releaseCalls,
  work: workCalls,
  reports: reportsCalls,
};
