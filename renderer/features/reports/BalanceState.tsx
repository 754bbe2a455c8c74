import { Alert, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { residentPath } from '../../app/routes';
import { Link } from '../../router/Link';
import { headcountValue } from './figure-model';
import type { ReportView } from './report-view';

/** "Cân đối" when start + admitted − left = end; otherwise a red alert naming the residents where it breaks. */
export function BalanceState({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  if (report.balance.holds) {
    const v = (key: Parameters<typeof headcountValue>[1]) => headcountValue(report.figures, key);
    return (
      <Group gap="xs" data-testid="balance-state">
        <Badge color="teal" variant="filled">
          {t('reports.balance.ok')}
        </Badge>
        <Text size="sm">
          {t('reports.balance.holds', { start: v('headcount.start'), admitted: v('headcount.admitted'), left: v('headcount.left'), end: v('headcount.end') })}
        </Text>
      </Group>
    );
  }
  return (
    <Alert color="red" title={t('reports.balance.brokenTitle')} role="alert" data-testid="balance-state">
      {t('reports.balance.brokenBody')}
      <Table mt="sm" fz="sm" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.balance.fullName')}</Table.Th>
            <Table.Th>{t('reports.balance.fileNumber')}</Table.Th>
            <Table.Th ta="right">{t('reports.figure.headcount.start')}</Table.Th>
            <Table.Th ta="right">{t('reports.figure.headcount.admitted')}</Table.Th>
            <Table.Th ta="right">{t('reports.figure.headcount.left')}</Table.Th>
            <Table.Th ta="right">{t('reports.figure.headcount.end')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.balance.problems.map((p) => (
            <Table.Tr key={p.stayId}>
              <Table.Td>
                <Link to={residentPath(p.stayId)} fw={600}>
                  {p.fullName}
                </Link>
              </Table.Td>
              <Table.Td>{p.fileNumber}</Table.Td>
              <Table.Td ta="right">{p.start}</Table.Td>
              <Table.Td ta="right">{p.admitted}</Table.Td>
              <Table.Td ta="right">{p.left}</Table.Td>
              <Table.Td ta="right">{p.end}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
