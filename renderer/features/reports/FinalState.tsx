import { Alert, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatInstantVN, formatNumber } from '../../format/format';
import { rowId } from './figure-model';
import { useFigureText } from './labels';
import type { ReportView } from './report-view';

type Final = NonNullable<ReportView['final']>;

/** A finalised report's number, date and signer; and, never silently, every figure that changed since. */
export function FinalState({ final }: { final: Final }) {
  const { t } = useTranslation();
  const text = useFigureText();
  return (
    <>
      <Group gap="xs" data-testid="final-state">
        <Badge color="teal" variant="filled">
          {t('reports.final.badge')}
        </Badge>
        <Text size="sm">
          {t('reports.final.line', {
            number: final.number,
            date: formatDateVN(final.signedOn),
            title: final.signerTitle,
            name: final.signerName,
            at: formatInstantVN(final.finalisedAt),
            by: final.finalisedBy ? t('reports.final.by', { name: final.finalisedBy }) : '',
          })}
        </Text>
      </Group>
      {final.differences.length > 0 && (
        <Alert color="yellow" title={t('reports.final.changedTitle')} data-testid="final-differences">
          <Text size="sm">{t('reports.final.changedBody')}</Text>
          <Table mt="sm" fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.final.figure')}</Table.Th>
                <Table.Th ta="right">{t('reports.final.finalised')}</Table.Th>
                <Table.Th ta="right">{t('reports.final.today')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {final.differences.map((d) => (
                <Table.Tr key={rowId(d)}>
                  <Table.Td>{text.full({ ...d, itemUnit: null })}</Table.Td>
                  <Table.Td ta="right">{formatNumber(d.finalised)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatNumber(d.current)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
    </>
  );
}
