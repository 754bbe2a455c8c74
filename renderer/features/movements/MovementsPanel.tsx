import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MovementView } from '../../../shared/contract/movements';
import { useCan } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN, formatInstantVN } from '../../format/format';
import { useMovements } from './hooks';
import { recordableNow } from './movement-form';
import { RecordMovementModal } from './RecordMovementModal';
import { ReverseMovementModal } from './ReverseMovementModal';
import { ExportButton } from '../../components/ExportButton';

/** Each reversal right after the row it cancels, so a correction is read beside what it corrects. */
function inReadingOrder(rows: MovementView[]): MovementView[] {
  const reversals = new Map(rows.filter((r) => r.reversesId !== null).map((r) => [r.reversesId, r]));
  return rows.filter((r) => r.reversesId === null).flatMap((r) => [r, ...(reversals.has(r.id) ? [reversals.get(r.id) as MovementView] : [])]);
}

/** Everything that happened to the stay as recorded, with recording and cancelling for the officers allowed to. */
export function MovementsPanel({ stayId, name }: { stayId: number; name: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('movements.write');
  const list = useMovements(stayId);
  const [recording, setRecording] = useState(false);
  const [reversing, setReversing] = useState<MovementView | null>(null);
  const types = list.data ? recordableNow(list.data.allowed) : [];
  const byId = new Map(list.data?.movements.map((m) => [m.id, m]));

  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('movements.title')}</Title>
        <Group gap="xs">
          {list.data && <ExportButton method="exports.movements" input={{ stayId }} size="xs" />}
          {canWrite && list.data && (
            <Button size="xs" onClick={() => setRecording(true)} disabled={types.length === 0} title={types.length === 0 ? t('movements.nothingAllowed') : undefined}>
              {t('movements.record')}
            </Button>
          )}
        </Group>
      </Group>
      {!list.data ? (
        <QueryStatus error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table striped aria-label={t('movements.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('movements.col.occurredAt')}</Table.Th>
              <Table.Th>{t('movements.col.type')}</Table.Th>
              <Table.Th>{t('movements.col.details')}</Table.Th>
              <Table.Th>{t('movements.col.recordedAt')}</Table.Th>
              <Table.Th>{t('movements.col.recordedBy')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inReadingOrder(list.data.movements).map((m) => {
              const cancelled = m.reversedById !== null;
              const target = m.reversesId !== null ? byId.get(m.reversesId) : undefined;
              return (
                <Table.Tr key={m.id} data-testid={`movement-${m.id}`} style={cancelled ? { textDecoration: 'line-through', color: 'var(--mantine-color-dimmed)' } : undefined}>
                  <Table.Td>{formatInstantVN(m.occurredAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{t(`movementType.${m.type}`)}</Text>
                      {cancelled && (
                        <Badge size="xs" color="red" variant="light">
                          {t('movements.reversedBy')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Details m={m} target={target} />
                  </Table.Td>
                  <Table.Td>{formatInstantVN(m.recordedAt)}</Table.Td>
                  <Table.Td>{m.recordedBy ?? t('common.none')}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      {m.id === list.data.reversibleId && (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setReversing(m)}>
                          {t('movements.reverse')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <RecordMovementModal stayId={stayId} name={name} types={types} opened={recording} onClose={() => setRecording(false)} />
      <ReverseMovementModal movement={reversing} onClose={() => setReversing(null)} />
    </Card>
  );
}

/** The papers, places, beds and reason of a movement, one short line each. */
function Details({ m, target }: { m: MovementView; target: MovementView | undefined }) {
  const { t } = useTranslation();
  const lines = [
    target ? t('movements.reverses', { at: formatInstantVN(target.occurredAt) }) : null,
    m.documentNumber ? (m.documentDate ? t('movements.docOn', { number: m.documentNumber, date: formatDateVN(m.documentDate) }) : m.documentNumber) : null,
    m.destination,
    m.expectedReturnOn ? t('movements.returnBy', { date: formatDateVN(m.expectedReturnOn) }) : null,
    m.toBed ? (m.fromBed ? t('movements.bedFromTo', { from: m.fromBed, to: m.toBed }) : t('movements.bedTo', { to: m.toBed })) : null,
    m.reason,
  ].filter((l): l is string => Boolean(l));
  if (lines.length === 0) return <Text size="sm">{t('common.none')}</Text>;
  return (
    <>
      {lines.map((l, i) => (
        <Text key={i} size="sm">
          {l}
        </Text>
      ))}
    </>
  );
}
