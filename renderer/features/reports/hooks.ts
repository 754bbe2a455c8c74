import type { MethodInput, MethodName } from '../../../shared/contract';
import { useMethodMutation, useMethodQuery } from '../../api/query';

/** Finalising stores the figures; the report then shows them, and the print page reads the same. */
const finalViews: MethodName[] = ['reports.figures'];

export const useReportSettings = () => useMethodQuery('reports.settings', {});
export const useSetReportSettings = () => useMethodMutation('reports.setSettings', ['reports.settings']);
export const useSetYearEnd = () => useMethodMutation('reports.setYearEnd', ['reports.figures']);

export const useReport = (input: MethodInput<'reports.figures'>) =>
  // A period being typed (an unfinished custom range) keeps showing the last good report instead of flashing empty.
  useMethodQuery('reports.figures', input, { placeholderData: (previous) => previous });
export const useDrill = (input: MethodInput<'reports.drill'>) => useMethodQuery('reports.drill', input);
export const useFinalise = () => useMethodMutation('reports.finalise', finalViews);
