import { Badge, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../components/QueryStatus';
import { DateField } from '../../components/DateField';
import { formatInstantVN } from '../../format/format';
import { useCensus } from './hooks';
import { ExportButton } from '../../components/ExportButton';

/** "Sĩ số theo ngày": who was on the books at a past day and time, where and under which status. */
export function CensusPanel({ today, areas }: { today: string; areas: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const [date, setDate] = useState<string | null>(today);
  const [time, setTime] = useState('12:00');
  const [areaId, setAreaId] = useState<string | null>(null);
  const validTime = /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
  const input = { date: date ?? today, ...(validTime ? { time } : {}), ...(areaId ? { areaId: Number(areaId) } : {}) };
  const q = useCensus(input);
  return (
    <>
      <Group align="flex-end" mb="sm">
        <DateField label={t('roll.date')} value={date} onChange={setDate} w={160} />
        <TextInput label={t('roll.census.time')} value={time} onChange={(e) => setTime(e.currentTarget.value)} w={90} />
        <Select label={t('roll.area')} data={areas} value={areaId} onChange={setAreaId} clearable placeholder={t('roll.census.allAreas')} w={220} />
        <ExportButton method="exports.census" input={input} disabled={!q.data} />
      </Group>
      {!q.data ? (
        <QueryStatus error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Text fw={600} mb="xs">{t('roll.census.asOf', { at: formatInstantVN(q.data.instant), count: q.data.headcount.onBooks })}</Text>
          <Table striped withTableBorder data-testid="census">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('roll.census.bed')}</Table.Th>
                <Table.Th>{t('roll.census.name')}</Table.Th>
                <Table.Th>{t('roll.census.file')}</Table.Th>
                <Table.Th>{t('roll.census.state')}</Table.Th>
                <Table.Th>{t('roll.census.since')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.rows.slice(0, 2000).map((r) => (
                <Table.Tr key={r.stayId}>
                  <Table.Td ff="monospace">{r.bedLabel ?? '—'}</Table.Td>
                  <Table.Td>{r.fullName}</Table.Td>
                  <Table.Td>{r.fileNumber}</Table.Td>
                  <Table.Td>
                    <Badge color={r.status === 'present' ? 'teal' : r.status === 'escaped' ? 'red' : 'orange'} variant="light">{t(`roll.away.${r.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>{formatInstantVN(r.movement.occurredAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </>
  );
}
