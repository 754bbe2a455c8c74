import { useMethodMutation, useMethodQuery } from '../../api/query';

export const useResetPassword = () => useMethodMutation('users.resetPassword', ['users.list', 'audit.list']);
export const useUnlockUser = () => useMethodMutation('users.unlock', ['users.list', 'audit.list']);
export const useSetUserActive = () => useMethodMutation('users.setActive', ['users.list', 'audit.list']);
export const useAuthPolicy = () => useMethodQuery('auth.policy', {});
// The idle time is also what auth.me tells this window's own screen lock.
export const useSetAuthPolicy = () => useMethodMutation('auth.setPolicy', ['auth.policy', 'auth.me', 'audit.list']);
