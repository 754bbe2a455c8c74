import type { MethodInput, MethodName } from '../../../shared/contract';
import { useMethodMutation, useMethodQuery } from '../../api/query';

/** Whatever shows who is where: a saved roll (and its escapes) refetches them all so the screens agree. */
const rollViews: MethodName[] = ['roll.expected', 'roll.headcount', 'census.asOf', 'beds.board', 'residents.list', 'residents.get'];

export const useRollTimes = () => useMethodQuery('roll.times', {}, { staleTime: 5 * 60_000 });
export const useRollExpected = (input: MethodInput<'roll.expected'> | null) =>
  useMethodQuery('roll.expected', input ?? { areaId: 1, date: '2000-01-01', slot: 'morning' }, { enabled: input !== null });
export const useHeadcount = (date: string) => useMethodQuery('roll.headcount', { date });
export const useCensus = (input: MethodInput<'census.asOf'>) => useMethodQuery('census.asOf', input);
export const useSaveRoll = () => useMethodMutation('roll.save', rollViews);
export const useAmendRoll = () => useMethodMutation('roll.amend', rollViews);
