import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/current-user';
import { QueryStatus } from '../../../components/QueryStatus';
import { BackupList } from './BackupList';
import { BackupNow } from './BackupNow';
import { BackupSettings } from './BackupSettings';
import { EncryptionKey } from './EncryptionKey';
import { useBackupStatus } from './hooks';

/** Backups: where they go and how many are kept, a copy now with its progress, and the copies to check and restore. */
export function BackupPanel() {
  const { t } = useTranslation();
  const canManage = useCan('backup.manage');
  const status = useBackupStatus();
  if (!status.data) return <QueryStatus error={status.error} onRetry={() => void status.refetch()} />;
  return (
    <Stack>
      <Text size="sm" c="dimmed" maw={820}>
        {t('backup.intro')}
      </Text>
      {canManage && <BackupSettings saved={status.data.config} defaultFolder={status.data.defaultFolder} />}
      <BackupNow status={status.data} />
      <BackupList backups={status.data.backups} />
      {canManage && <EncryptionKey />}
    </Stack>
  );
}
