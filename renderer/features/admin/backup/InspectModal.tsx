import { Alert, Button, Group, Loader, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../../shared/contract/backup';
import { useMethodQuery } from '../../../api/query';
import { FormAlert } from '../../../components/FormAlert';
import { formatInstantVN, formatNumber } from '../../../format/format';
import { useRestore } from './hooks';

/** A backup checked by the back end (integrity, what it holds), then restored behind a typed confirmation. */
export function InspectModal({ file, onClose }: { file: string; onClose: () => void }) {
  const { t } = useTranslation();
  const preview = useMethodQuery('backup.inspect', { file }, { retry: false, staleTime: 0 });
  return (
    <Modal opened onClose={onClose} title={t('backup.preview.title')} size="lg">
      {preview.isPending && <Loader size="sm" />}
      {preview.error && (
        <Alert color="red" role="alert">
          {preview.error.message}
        </Alert>
      )}
      {preview.data && <Preview preview={preview.data} />}
    </Modal>
  );
}

function Preview({ preview }: { preview: BackupPreview }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('backup.preview.facility'), preview.facilityName ?? t('backup.preview.none')],
    [t('backup.preview.takenAt'), formatInstantVN(preview.takenAt)],
    [t('backup.preview.residents'), formatNumber(preview.counts.residents)],
    [t('backup.preview.stays'), formatNumber(preview.counts.stays)],
    [t('backup.preview.present'), formatNumber(preview.counts.present)],
    [t('backup.preview.users'), formatNumber(preview.counts.users)],
    [t('backup.preview.lastAudit'), preview.lastAuditAt ? formatInstantVN(preview.lastAuditAt) : t('backup.preview.none')],
    [t('backup.preview.schema'), t('backup.preview.schemaValue', { backup: preview.schema.backup, app: preview.schema.app })],
    [t('backup.preview.file'), preview.file],
  ];
  return (
    <Stack gap="sm">
      <Alert color="teal">{t('backup.preview.integrityOk')}</Alert>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.schema.status === 'older' && <Text size="sm">{t('backup.preview.schemaOlder')}</Text>}
      {preview.schema.status === 'newer' ? (
        <Alert color="orange">{t('backup.preview.schemaNewer')}</Alert>
      ) : (
        <RestoreForm preview={preview} />
      )}
    </Stack>
  );
}

function RestoreForm({ preview }: { preview: BackupPreview }) {
  const { t } = useTranslation();
  const restore = useRestore();
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const word = t('backup.restore.word');
  const confirmed = typed.trim().toLocaleUpperCase() === word;

  const submit = () => {
    setErrors([]);
    restore.mutate({ file: preview.file, confirm: true }, { onError: (e) => setErrors([e.message]) });
  };

  return (
    <Stack gap="sm" mt="sm">
      <Text fw={600}>{t('backup.restore.title')}</Text>
      <Alert color="red">{t('backup.restore.warning')}</Alert>
      <FormAlert messages={errors} />
      <Group align="end">
        <TextInput label={t('backup.restore.typeToConfirm', { word })} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} w={280} />
        <Button color="red" onClick={submit} disabled={!confirmed} loading={restore.isPending}>
          {t('backup.restore.button')}
        </Button>
      </Group>
    </Stack>
  );
}
