import { Button, Card, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFileView } from '../../../../shared/contract/backup';
import { useCan } from '../../../app/current-user';
import { formatInstantVN, formatNumber } from '../../../format/format';
import { InspectModal } from './InspectModal';

const megabytes = (bytes: number) => `${formatNumber(Math.max(0.1, Math.round(bytes / 104857.6) / 10))} MB`;

/** The copies in the folder, newest first; the administrator checks one (or a file elsewhere) before restoring. */
export function BackupList({ backups }: { backups: BackupFileView[] }) {
  const { t } = useTranslation();
  const canRestore = useCan('backup.manage');
  const [inspecting, setInspecting] = useState<string | null>(null);
  const [other, setOther] = useState('');

  return (
    <Card>
      <Title order={4} mb="sm">
        {t('backup.list.title')}
      </Title>
      {backups.length === 0 ? (
        <Text size="sm">{t('backup.list.empty')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.list.takenAt')}</Table.Th>
              <Table.Th>{t('backup.list.kind')}</Table.Th>
              <Table.Th>{t('backup.list.size')}</Table.Th>
              <Table.Th>{t('backup.list.name')}</Table.Th>
              {canRestore && <Table.Th>{t('backup.list.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((b) => (
              <Table.Tr key={b.file}>
                <Table.Td>{formatInstantVN(b.takenAt)}</Table.Td>
                <Table.Td>{t(`backup.kinds.${b.kind}`)}</Table.Td>
                <Table.Td>{megabytes(b.bytes)}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {b.name}
                  </Text>
                </Table.Td>
                {canRestore && (
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setInspecting(b.file)}>
                      {t('backup.list.inspect')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canRestore && (
        <Group align="end" mt="md" maw={720} wrap="nowrap">
          <TextInput label={t('backup.list.otherFileLabel')} value={other} onChange={(e) => setOther(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button variant="default" disabled={!other.trim()} onClick={() => setInspecting(other.trim())}>
            {t('backup.list.inspect')}
          </Button>
        </Group>
      )}
      {inspecting && <InspectModal file={inspecting} onClose={() => setInspecting(null)} />}
    </Card>
  );
}
