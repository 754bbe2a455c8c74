import { useMethodMutation, useMethodQuery } from '../../api/query';

export const useSetupStatus = () => useMethodQuery('setup.status', {});
export const useCreateSetup = () => useMethodMutation('setup.create', ['setup.status']);
