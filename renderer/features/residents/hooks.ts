import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { MethodOutput } from '../../../shared/contract';
import type { ResidentsListInput } from '../../../shared/contract/residents';
import { invoke, type ApiError } from '../../api/client';
import { methodKey, useMethodMutation, useMethodQuery } from '../../api/query';

export type Scope = 'present' | 'all';

/** What the list is narrowed by: the search text, the scope and the filters, all sent to the back end. */
export type ListFilters = Omit<ResidentsListInput, 'limit' | 'offset'> & { scope: Scope };

/** Rows per request: a screenful many times over, small enough that a jump to row 25.000 fetches one page. */
export const PAGE_SIZE = 200;

/** One page of the list; pages are fetched as the virtualised table reaches them. */
export function residentsPage(filters: ListFilters, page: number) {
  const input = { ...filters, query: filters.query || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE };
  return queryOptions<MethodOutput<'residents.list'>, ApiError>({
    queryKey: methodKey('residents.list', input),
    queryFn: () => invoke('residents.list', input),
    // While a new search runs, the previous rows stay on screen instead of flashing empty.
    placeholderData: page === 0 ? keepPreviousData : undefined,
  });
}

export const usePresentCount = () => useMethodQuery('residents.list', { scope: 'present', limit: 1 });

export const useResident = (stayId: number) => useMethodQuery('residents.get', { stayId });
export const usePhoto = (personId: number, enabled: boolean) => useMethodQuery('residents.photo', { personId }, { enabled });
export const useCorrections = (stayId: number) => useMethodQuery('residents.corrections', { stayId });
export const useCorrectPerson = () =>
  useMethodMutation('persons.correct', ['residents.get', 'residents.list', 'residents.corrections', 'beds.board']);
export const useCorrectStay = () => useMethodMutation('stays.correct', ['residents.get', 'residents.corrections']);
