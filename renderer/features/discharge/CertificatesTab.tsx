import { Badge, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { residentPath } from '../../app/routes';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import { Link } from '../../router/Link';
import { certificatePrintPath } from '../print/paths';
import { useCertificates } from './hooks';
import { ExportButton } from '../../components/ExportButton';

/** "Sổ giấy chứng nhận": every number of a year in order, voided ones struck through with their reason. */
export function CertificatesTab() {
  const { t } = useTranslation();
  const thisYear = Number(new Date().toISOString().slice(0, 4));
  const [year, setYear] = useState<number>(thisYear);
  const q = useCertificates(year);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <NumberInput
          label={t('discharge.year')}
          value={year}
          onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)}
          min={2000}
          max={2100}
          allowDecimal={false}
          w={140}
        />
        <ExportButton method="exports.certificates" input={{ year }} disabled={!q.data || q.data.certificates.length === 0} />
      </Group>
      {!q.data ? (
        <QueryStatus error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.certificates.length === 0 ? (
        <Text>{t('discharge.certificatesEmpty', { year })}</Text>
      ) : (
        <Table striped aria-label={t('discharge.tabCertificates')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('discharge.number')}</Table.Th>
              <Table.Th>{t('discharge.certificateKind')}</Table.Th>
              <Table.Th>{t('discharge.issuedOn')}</Table.Th>
              <Table.Th>{t('discharge.name')}</Table.Th>
              <Table.Th>{t('discharge.fileNumber')}</Table.Th>
              <Table.Th>{t('discharge.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.certificates.map((c) => (
              <Table.Tr key={c.number}>
                <Table.Td>
                  <Text size="sm" fw={600} td={c.voided ? 'line-through' : undefined}>
                    {c.number}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`discharge.certificateKinds.${c.kind}`)}</Table.Td>
                <Table.Td>{formatDateVN(c.issuedOn)}</Table.Td>
                <Table.Td>
                  <Link to={residentPath(c.stayId)} td={c.voided ? 'line-through' : undefined}>
                    {c.fullName}
                  </Link>
                </Table.Td>
                <Table.Td>{c.fileNumber}</Table.Td>
                <Table.Td>
                  {c.voided ? (
                    <Group gap={4}>
                      <Badge color="red" variant="light">
                        {t('discharge.voided')}
                      </Badge>
                      <Text size="sm" c="red">
                        {c.voidReason ?? ''}
                      </Text>
                    </Group>
                  ) : (
                    <Badge color="teal" variant="light">
                      {t('discharge.valid')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Link to={certificatePrintPath(c.stayId)} size="sm">
                    {t('discharge.printShort')}
                  </Link>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
