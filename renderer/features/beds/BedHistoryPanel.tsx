import { Alert, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { residentPath } from '../../app/routes';
import { DateField } from '../../components/DateField';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN, formatInstantVN } from '../../format/format';
import { Link } from '../../router/Link';
import { useBedHistory } from './hooks';

/** Who was in this bed on a chosen date, and every stay's time in it, newest first, from the movements. */
export function BedHistoryPanel({ bedId }: { bedId: number }) {
  const { t } = useTranslation();
  const [on, setOn] = useState<string | null>(vnDate(new Date()));
  const history = useBedHistory(bedId, on);
  const h = history.data;
  return (
    <Stack gap="sm">
      <DateField label={t('beds.history.on')} value={on} onChange={(v) => setOn(v)} maxDate={vnDate(new Date())} w={220} clearable />
      {!h ? (
        <QueryStatus error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <>
          {h.on && (
            <Alert color={h.occupantsOn.length ? 'teal' : 'gray'} data-testid="bed-history-on">
              {h.occupantsOn.length === 0
                ? t('beds.history.nobody', { date: formatDateVN(h.on) })
                : t('beds.history.who', { date: formatDateVN(h.on), names: h.occupantsOn.map((o) => `${o.fullName} (${o.fileNumber})`).join(', ') })}
            </Alert>
          )}
          <Text fw={600} size="sm">
            {t('beds.history.timeline')}
          </Text>
          {h.timeline.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('beds.history.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('beds.history.resident')}</Table.Th>
                    <Table.Th>{t('beds.history.from')}</Table.Th>
                    <Table.Th>{t('beds.history.to')}</Table.Th>
                    <Table.Th>{t('beds.history.how')}</Table.Th>
                    <Table.Th>{t('beds.history.reason')}</Table.Th>
                    <Table.Th>{t('beds.history.recordedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {h.timeline.map((e) => (
                    <Table.Tr key={`${e.stayId}-${e.fromAt}`}>
                      <Table.Td>
                        <Link to={residentPath(e.stayId)}>{e.fullName}</Link>
                        <Text size="xs" c="dimmed">
                          {e.fileNumber}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatInstantVN(e.fromAt)}</Table.Td>
                      <Table.Td>{e.toAt ? formatInstantVN(e.toAt) : t('beds.history.stillHere')}</Table.Td>
                      <Table.Td>{e.startType === 'admitted' ? t('beds.history.admitted') : t('beds.history.moved')}</Table.Td>
                      <Table.Td>
                        {e.override && (
                          <Text span c="red.7" fw={600}>
                            ⚑ {t('beds.bed.override')}:{' '}
                          </Text>
                        )}
                        {e.reason ?? t('common.none')}
                      </Table.Td>
                      <Table.Td>{e.recordedBy ?? t('common.none')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
