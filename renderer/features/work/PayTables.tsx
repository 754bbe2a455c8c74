import { SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { Link } from '../../router/Link';
import { paySlipPrintPath } from '../print/paths';
import { formatDong, formatHours } from './work-model';

type Pay = MethodOutput<'pay.get'>;

/** A pay run's line per resident (with his slip) and its totals per team. */
export function PayTables({ month, pay }: { month: string; pay: Pay }) {
  const { t } = useTranslation();
  const total = pay.run?.totalDong ?? 0;
  const hours = pay.lines.reduce((s, l) => s + l.hours, 0);
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }}>
      <Stack gap={4}>
        <Title order={5}>{t('work.pay.lines')}</Title>
        <Table striped withTableBorder data-testid="pay-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('work.name')}</Table.Th>
              <Table.Th>{t('work.pay.fileNumber')}</Table.Th>
              <Table.Th ta="right">{t('work.hours')}</Table.Th>
              <Table.Th ta="right">{t('work.amount')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pay.lines.map((l) => (
              <Table.Tr key={l.stayId}>
                <Table.Td fw={500}>{l.fullName}</Table.Td>
                <Table.Td>{l.fileNumber}</Table.Td>
                <Table.Td ta="right">{formatHours(l.hours)}</Table.Td>
                <Table.Td ta="right">{formatDong(l.amountDong)}</Table.Td>
                <Table.Td>
                  <Link to={paySlipPrintPath(month, l.stayId)} size="sm" aria-label={t('work.pay.slipOf', { name: l.fullName })}>
                    {t('work.pay.slip')}
                  </Link>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>{t('work.pay.total')}</Table.Th>
              <Table.Th ta="right">{formatHours(hours)}</Table.Th>
              <Table.Th ta="right">{formatDong(total)}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Stack>
      <Stack gap={4}>
        <Title order={5}>{t('work.pay.teams')}</Title>
        <Table striped withTableBorder data-testid="pay-teams">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('work.team')}</Table.Th>
              <Table.Th ta="right">{t('work.pay.residents')}</Table.Th>
              <Table.Th ta="right">{t('work.hours')}</Table.Th>
              <Table.Th ta="right">{t('work.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pay.teams.map((tm) => (
              <Table.Tr key={tm.teamId}>
                <Table.Td fw={500}>{tm.teamName}</Table.Td>
                <Table.Td ta="right">{formatHours(tm.residents)}</Table.Td>
                <Table.Td ta="right">{formatHours(tm.hours)}</Table.Td>
                <Table.Td ta="right">{formatDong(tm.amountDong)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </SimpleGrid>
  );
}
