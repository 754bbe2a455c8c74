import { useMethodMutation, useMethodQuery } from '../../api/query';

export const useUsers = () => useMethodQuery('users.list', {});
export const useCreateUser = () => useMethodMutation('users.create', ['users.list', 'audit.list']);
export const useLegalParameters = () => useMethodQuery('settings.legal', {});
// A legal figure feeds term checks, the clock and due dates: every screen showing those refetches.
export const useSetLegal = () => useMethodMutation('settings.setLegal', ['settings.legal', 'audit.list', 'residents.get']);
export const useHolidays = () => useMethodQuery('settings.holidays', {});
export const useSetHolidays = () => useMethodMutation('settings.setHolidays', ['settings.holidays', 'audit.list', 'residents.get']);
