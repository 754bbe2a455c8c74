import { useDebouncedValue } from '@mantine/hooks';
import type { MethodInput } from '../../../shared/contract';
import { isSearchable } from '../../../shared/domain/returning-person';
import { useMethodMutation, useMethodQuery } from '../../api/query';

/** Admitting changes the lists, the profile, the board and the counts on the overview. */
export const useAdmit = () =>
  useMethodMutation('admissions.admit', ['residents.list', 'residents.get', 'beds.board', 'admissions.findReturning']);

/** The legal figures, so the bed list can tell a minor by the adult age in force on the admission date. */
export const useLegalRows = () => useMethodQuery('settings.legal', {}, { staleTime: 5 * 60_000 });

/**
 * People already in the register who may be the one being typed in, looked up once the officer pauses typing
 * and only when the citizen ID is whole or the name comes with a birth date or year.
 */
export function useReturningCandidates(probe: MethodInput<'admissions.findReturning'>) {
  // Debounced as text: a fresh object every render would restart the timer for ever.
  const [key] = useDebouncedValue(JSON.stringify(probe), 400);
  const debounced = JSON.parse(key) as MethodInput<'admissions.findReturning'>;
  return useMethodQuery('admissions.findReturning', debounced, { enabled: isSearchable(debounced) });
}
