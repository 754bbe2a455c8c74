import {
  MutationCache,
  QueryCache,
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { ApiError, invoke } from './client';
import { notifyStorageError } from './storage-alert';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: notifyStorageError }),
    mutationCache: new MutationCache({ onError: notifyStorageError }),
    defaultOptions: {
      queries: {
        // A refusal from the back end will not change on retry; only a lost connection is worth one more try.
        retry: (count, error) => !(error instanceof ApiError && error.code !== 'internal') && count < 1,
        staleTime: 15_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** Query key of a method call: the method name first, so invalidating by name reaches every input. */
export function methodKey<M extends MethodName>(method: M, input?: MethodInput<M>): readonly unknown[] {
  return input === undefined ? [method] : [method, input];
}

type QueryExtras<M extends MethodName> = Omit<UseQueryOptions<MethodOutput<M>, ApiError>, 'queryKey' | 'queryFn'>;

export function useMethodQuery<M extends MethodName>(method: M, input: MethodInput<M>, extras: QueryExtras<M> = {}) {
  return useQuery<MethodOutput<M>, ApiError>({
    queryKey: methodKey(method, input),
    queryFn: () => invoke(method, input),
    ...extras,
  });
}

/** A command; on success the queries of the listed methods are refetched so every screen agrees. */
export function useMethodMutation<M extends MethodName>(method: M, invalidates: MethodName[] = []) {
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => invoke(method, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((m) => queryClient.invalidateQueries({ queryKey: methodKey(m) })));
    },
  });
}
