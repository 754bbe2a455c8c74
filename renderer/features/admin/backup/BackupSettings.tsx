import { Button, Card, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupConfig } from '../../../../shared/contract/backup';
import { FormAlert } from '../../../components/FormAlert';
import { useSetBackupConfig } from './hooks';

/** The folder the copies go to and how many rotation keeps; the back end checks the folder can be written. */
export function BackupSettings({ saved, defaultFolder }: { saved: BackupConfig; defaultFolder: string }) {
  const { t } = useTranslation();
  const save = useSetBackupConfig();
  const [config, setConfig] = useState(saved);
  const [folderError, setFolderError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  const submit = () => {
    setErrors([]);
    setFolderError(null);
    save.mutate(config, {
      onSuccess: (next) => {
        setConfig(next);
        notifications.show({ color: 'teal', message: t('backup.settings.saved') });
      },
      onError: (e) => (e.field === 'folder' ? setFolderError(e.message) : setErrors([e.message])),
    });
  };

  return (
    <Card>
      <Title order={4} mb="sm">
        {t('backup.settings.title')}
      </Title>
      <FormAlert messages={errors} />
      <Stack gap="sm" maw={720}>
        <Group align="end" wrap="nowrap">
          <TextInput
            label={t('backup.settings.folder')}
            description={t('backup.settings.folderHint', { folder: defaultFolder })}
            value={config.folder}
            onChange={(e) => setConfig({ ...config, folder: e.currentTarget.value })}
            error={folderError}
            style={{ flex: 1 }}
          />
          <Button variant="default" onClick={() => setConfig({ ...config, folder: defaultFolder })} disabled={config.folder === defaultFolder}>
            {t('backup.settings.useDefault')}
          </Button>
        </Group>
        <Group grow>
          <NumberInput
            label={t('backup.settings.keepDaily')}
            description={t('backup.settings.keepDailyHint')}
            min={1}
            max={365}
            allowDecimal={false}
            value={config.keepDaily}
            onChange={(v) => setConfig({ ...config, keepDaily: Number(v) })}
          />
          <NumberInput
            label={t('backup.settings.keepMonthly')}
            description=" "
            min={0}
            max={240}
            allowDecimal={false}
            value={config.keepMonthly}
            onChange={(v) => setConfig({ ...config, keepMonthly: Number(v) })}
          />
        </Group>
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            {t('backup.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
