import { useMethodMutation, useMethodQuery } from '../../api/query';

export const useUsers = () => useMethodQuery('users.list', {});
export const useCreateUser = () => useMethodMutation('users.create', ['users.list', 'audit.list']);
export const useLegalParameters = () => useMethodQuery('settings.legal', {});
export const useAuditLog = () => useMethodQuery('audit.list', { limit: 200 });
