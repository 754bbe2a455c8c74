import { Badge, Button, Card, Group, Modal, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../components/QueryStatus';
import { FormAlert } from '../../components/FormAlert';
import { formatNumber } from '../../format/format';
import { useTrades, useUpdateTrade } from '../training/hooks';
import { TradeForm } from '../training/TradeForm';
import { ExportButton } from '../../components/ExportButton';

type Trade = NonNullable<ReturnType<typeof useTrades>['data']>['trades'][number];

/** "Nghề đào tạo": the trades the facility teaches; the administrator adds, edits, retires and brings them back. */
export function TradesPanel() {
  const { t } = useTranslation();
  const trades = useTrades();
  const update = useUpdateTrade();
  const [editing, setEditing] = useState<Trade | 'new' | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  const setActive = (x: Trade, active: boolean) => {
    setErrors([]);
    update.mutate(
      { id: x.id, name: x.name, level: x.level, durationHours: x.durationHours, active },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t(active ? 'training.trades.reactivatedDone' : 'training.trades.retiredDone', { name: x.name }) }),
        onError: (e) => setErrors([e.message]),
      },
    );
  };

  if (!trades.data) return <QueryStatus error={trades.error} onRetry={() => void trades.refetch()} />;
  const list = trades.data.trades;
  return (
    <Card>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Text size="sm" c="dimmed" maw={820}>
          {t('training.trades.intro')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <ExportButton method="exports.trades" input={{}} />
          <Button onClick={() => setEditing('new')}>{t('training.trades.add')}</Button>
        </Group>
      </Group>
      <FormAlert messages={errors} />
      {list.length === 0 ? (
        <Text size="sm">{t('training.trades.empty')}</Text>
      ) : (
        <Table striped data-testid="trades">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.trades.name')}</Table.Th>
              <Table.Th>{t('training.trades.level')}</Table.Th>
              <Table.Th ta="right">{t('training.trades.hours')}</Table.Th>
              <Table.Th>{t('training.trades.state')}</Table.Th>
              <Table.Th>{t('training.trades.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((x) => (
              <Table.Tr key={x.id} c={x.active ? undefined : 'dimmed'}>
                <Table.Td fw={500}>{x.name}</Table.Td>
                <Table.Td>{t(`training.level.${x.level}`)}</Table.Td>
                <Table.Td ta="right">{formatNumber(x.durationHours)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={x.active ? 'teal' : 'gray'}>
                    {t(x.active ? 'training.trades.active' : 'training.trades.retired')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Button size="compact-xs" variant="subtle" aria-label={t('training.trades.editOf', { name: x.name })} onClick={() => setEditing(x)}>
                      {t('training.trades.edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color={x.active ? 'red' : 'teal'}
                      aria-label={t(x.active ? 'training.trades.retireOf' : 'training.trades.reactivateOf', { name: x.name })}
                      onClick={() => setActive(x, !x.active)}
                    >
                      {t(x.active ? 'training.trades.retire' : 'training.trades.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' || editing === null ? t('training.trades.addTitle') : t('training.trades.editTitle', { name: editing.name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== null && <TradeForm trade={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Card>
  );
}
