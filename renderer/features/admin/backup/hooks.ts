import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../../../shared/contract';
import { invoke, type ApiError } from '../../../api/client';
import { useMethodMutation, useMethodQuery } from '../../../api/query';
import { endSession } from '../../../api/session';

// Polled twice a second while a copy runs, so the progress bar moves; otherwise fetched as usual.
export const useBackupStatus = () =>
  useMethodQuery('backup.status', {}, { refetchInterval: (query) => (query.state.data?.job ? 500 : false) });
export const useSetBackupConfig = () => useMethodMutation('backup.setConfig', ['backup.status', 'audit.list']);
export const useRunBackup = () => useMethodMutation('backup.run', ['backup.status', 'audit.list']);
export const useShowKey = () => useMethodMutation('backup.key', ['audit.list']);

/**
 * After a restore every session has ended on the back end: sign out here too, so the login screen shows, with a
 * notice that stays until read (the screen that asked is gone by then, so the notice is raised here).
 */
export function useRestore() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<'backup.restore'>, ApiError, MethodInput<'backup.restore'>>({
    mutationFn: (input) => invoke('backup.restore', input),
    onSuccess: (r) => {
      const name = r.restoredFrom.split(/[\\/]/).at(-1) ?? r.restoredFrom;
      notifications.show({ color: 'teal', autoClose: false, message: t('backup.restore.done', { name, aside: r.keptAside }) });
      endSession();
      queryClient.clear();
    },
  });
}
