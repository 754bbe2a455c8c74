import type { ReportSectionModule } from '../types';
import { conductSection } from './conduct';
import { healthSection } from './health';
import { noticesSection } from './notices';
import { ratingsSection } from './ratings';
import { reductionsSection } from './reductions';
import { trainingSection } from './training';
import { workSection } from './work';

/** The report's sections beyond the headcount, in the order of DOMAIN.md §9. */
export const reportSections: ReportSectionModule[] = [
  healthSection,
  trainingSection,
  workSection,
  ratingsSection,
  conductSection,
  reductionsSection,
  noticesSection,
];
