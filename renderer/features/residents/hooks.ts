import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { MethodOutput } from '../../../shared/contract';
import { invoke, type ApiError } from '../../api/client';
import { methodKey, useMethodQuery } from '../../api/query';

export type Scope = 'present' | 'all';

/** Rows per request: a screenful many times over, small enough that a jump to row 25.000 fetches one page. */
export const PAGE_SIZE = 200;

/** One page of the list; pages are fetched as the virtualised table reaches them. */
export function residentsPage(scope: Scope, query: string, page: number) {
  const input = { scope, query: query || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE };
  return queryOptions<MethodOutput<'residents.list'>, ApiError>({
    queryKey: methodKey('residents.list', input),
    queryFn: () => invoke('residents.list', input),
    // While a new search runs, the previous rows stay on screen instead of flashing empty.
    placeholderData: page === 0 ? keepPreviousData : undefined,
  });
}

export const usePresentCount = () => useMethodQuery('residents.list', { scope: 'present', limit: 1 });

export const useResident = (stayId: number) => useMethodQuery('residents.get', { stayId });
