import { Button, Card, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../components/QueryStatus';
import { formatInstantVN } from '../../format/format';
import { useBatches } from './hooks';
import type { Batch } from './types';
import { UndoModal } from './UndoModal';

/** Past imports, newest first as the back end lists them; each can be undone while nothing has been built on it. */
export function BatchList() {
  const { t } = useTranslation();
  const batches = useBatches();
  const [undoing, setUndoing] = useState<Batch | null>(null);

  return (
    <Card>
      <Title order={4} mb="sm">
        {t('import.batches.title')}
      </Title>
      {!batches.data ? (
        <QueryStatus error={batches.error} onRetry={() => void batches.refetch()} />
      ) : batches.data.length === 0 ? (
        <Text size="sm">{t('import.batches.empty')}</Text>
      ) : (
        <Table striped data-testid="import-batches">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.batches.file')}</Table.Th>
              <Table.Th>{t('import.batches.sheet')}</Table.Th>
              <Table.Th>{t('import.batches.when')}</Table.Th>
              <Table.Th>{t('import.batches.by')}</Table.Th>
              <Table.Th>{t('import.batches.counts')}</Table.Th>
              <Table.Th>{t('import.batches.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {batches.data.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{b.fileName}</Table.Td>
                <Table.Td>{b.sheet}</Table.Td>
                <Table.Td>{formatInstantVN(b.importedAt)}</Table.Td>
                <Table.Td>{b.importedBy ?? t('common.none')}</Table.Td>
                <Table.Td>{t('import.batches.countsValue', { stays: b.stays, persons: b.personsCreated })}</Table.Td>
                <Table.Td>
                  {b.undoneAt ? (
                    <Text size="sm" c="dimmed">
                      {t('import.batches.undone', { when: formatInstantVN(b.undoneAt) })}
                    </Text>
                  ) : (
                    <>
                      <Button size="xs" variant="light" color="red" disabled={b.undoBlocked !== null} onClick={() => setUndoing(b)}>
                        {t('import.batches.undo')}
                      </Button>
                      {b.undoBlocked && (
                        <Text size="xs" c="dimmed" mt={4} maw={320}>
                          {b.undoBlocked}
                        </Text>
                      )}
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {undoing && <UndoModal batch={undoing} onClose={() => setUndoing(null)} />}
    </Card>
  );
}
