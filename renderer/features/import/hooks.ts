import { keepPreviousData, useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { invoke, type ApiError } from '../../api/client';
import { methodKey, useMethodQuery } from '../../api/query';
import { residentPath } from '../../app/routes';
import { navigate } from '../../router/history';

/** A call made once on the officer's action (open a file, analyse a sheet), its answer kept in the wizard's state. */
function useCall<M extends MethodName>(method: M) {
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({ mutationFn: (input) => invoke(method, input) });
}

/**
 * A call that changes the register (an import, an undo): every query is refetched afterwards, since residents,
 * beds, the overview and the reports may all have changed. Refetched after a refusal too, in case the register
 * changed under it.
 */
function useRegisterChange<M extends MethodName>(method: M) {
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationKey: [method],
    mutationFn: (input) => invoke(method, input),
    onSettled: () => queryClient.invalidateQueries(),
  });
}

export const useOpenFile = () => useCall('import.open');
export const useAnalyse = () => useCall('import.analyse');
export const useRunImport = () => useRegisterChange('import.run');
export const useUndoImport = () => useRegisterChange('import.undo');

/** One page of the preview; the page on screen stays while the next one is read. */
export const usePreview = (input: MethodInput<'import.preview'>) =>
  useMethodQuery('import.preview', input, { placeholderData: keepPreviousData, staleTime: Infinity });

/** Polled every 300 ms while an import runs, so the bar moves (the router answers it while the import holds the register). */
export const useProgress = (running: boolean) =>
  useMethodQuery('import.progress', {}, { enabled: running, refetchInterval: running ? 300 : false, staleTime: 0 });

/** Whether an import is being written (the wizard keeps the officer on the last step meanwhile). */
export const useImportRunning = () => useIsMutating({ mutationKey: ['import.run'] }) > 0;

export const useBatches = () => useMethodQuery('import.batches', {});

/**
 * Opens the profile of a person the preview matched: the register lists stays, so his stays are found by his
 * file number and the newest one opened (the residents list when none is found).
 */
export function useOpenPerson() {
  const queryClient = useQueryClient();
  return async (person: { personId: number; fileNumbers: string[] }) => {
    const input = { query: person.fileNumbers[0], scope: 'all' as const, limit: 50 };
    const found = person.fileNumbers.length
      ? await queryClient.fetchQuery({ queryKey: methodKey('residents.list', input), queryFn: () => invoke('residents.list', input) })
      : null;
    const stays = (found?.rows ?? []).filter((r) => r.personId === person.personId);
    const newest = stays.sort((a, b) => b.admittedOn.localeCompare(a.admittedOn))[0];
    navigate(newest ? residentPath(newest.stayId) : '/hoc-vien');
  };
}
