import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitView } from '../../../shared/contract/visits';
import { useCan } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN, formatNumber } from '../../format/format';
import { formatMoney } from '../print/print-text';
import { useVisits } from './hooks';
import { VisitForm } from './VisitForm';
import { ExportButton } from '../../components/ExportButton';

/** The stay's visit log, newest first, and the "Ghi thăm gặp" form for staff who record visits. */
export function VisitsCard({ stayId }: { stayId: number }) {
  const { t } = useTranslation();
  const visits = useVisits(stayId);
  const canRecord = useCan('visits.write');
  const [open, setOpen] = useState(false);
  return (
    <Card component="section" aria-label={t('visits.title')}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('visits.title')}</Title>
        <Group gap="xs">
          {visits.data && visits.data.length > 0 && <ExportButton method="exports.visits" input={{ stayId }} size="xs" />}
          {canRecord && (
            <Button size="xs" onClick={() => setOpen(true)}>
              {t('visits.record')}
            </Button>
          )}
        </Group>
      </Group>
      {!visits.data ? (
        <QueryStatus error={visits.error} onRetry={() => void visits.refetch()} />
      ) : visits.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('visits.none')}
        </Text>
      ) : (
        <Table striped verticalSpacing="xs" data-testid="visits-log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('visits.date')}</Table.Th>
              <Table.Th>{t('visits.visitors')}</Table.Th>
              <Table.Th>{t('visits.handedIn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visits.data.map((v) => (
              <VisitRow key={v.id} v={v} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} size="xl" title={t('visits.record')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {open && <VisitForm stayId={stayId} onDone={() => setOpen(false)} />}
      </Modal>
    </Card>
  );
}

function VisitRow({ v }: { v: VisitView }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="visit">
      <Table.Td valign="top">
        <Text size="sm" fw={600}>
          {formatDateVN(v.visitOn)}
          {v.startTime ? ` ${v.startTime}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {t('visits.durationText', { minutes: formatNumber(v.durationMinutes) })}
          {v.approvedExtension ? ` · ${t('visits.approvedShort')}` : ''}
        </Text>
        {v.recordedBy && (
          <Text size="xs" c="dimmed">
            {t('visits.recordedBy', { user: v.recordedBy })}
          </Text>
        )}
      </Table.Td>
      <Table.Td valign="top">
        <Stack gap={2}>
          {v.visitors.map((p, i) => (
            <Text key={i} size="sm">
              {p.name} ({p.relation}){p.idNumber ? ` · ${p.idNumber}` : ''}
            </Text>
          ))}
          {v.overrideReason && (
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Badge color="orange" variant="light" size="sm">
                {t('visits.exception')}
              </Badge>
              <Text size="xs">{v.overrideReason}</Text>
            </Group>
          )}
        </Stack>
      </Table.Td>
      <Table.Td valign="top">
        {v.handedIn.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('visits.handedInNone')}
          </Text>
        ) : (
          <Stack gap={2}>
            {v.handedIn.map((h, i) => (
              <Text key={i} size="sm">
                {h.description}:{' '}
                {h.kind === 'money' && h.amountDong !== null ? formatMoney(h.amountDong) : t('visits.quantityText', { quantity: formatNumber(h.quantity) })}
              </Text>
            ))}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
