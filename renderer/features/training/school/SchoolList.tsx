import { Alert, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { residentPath } from '../../../app/routes';
import { QueryStatus } from '../../../components/QueryStatus';
import { formatDateVN, formatNumber } from '../../../format/format';
import { Link } from '../../../router/Link';
import { useLegalRows, useSchoolList } from '../attendance/hooks';
import { ExportButton } from '../../../components/ExportButton';

/** The primary-education figure in force (grade and citation), if the settings say it. */
function useSchoolingRule(): { grade: number; citation: string } | null {
  const legal = useLegalRows();
  const row = legal.data?.find((r) => r.key === 'schooling.primary_grade' && r.status === 'in_force');
  const grade = (row?.value as { grade?: unknown } | undefined)?.grade;
  return row && typeof grade === 'number' ? { grade, citation: row.citation } : null;
}

/** Lớp phổ cập: residents under 18 without primary education, who must attend school classes. */
export function SchoolList() {
  const { t } = useTranslation();
  const q = useSchoolList();
  const rule = useSchoolingRule();
  const s = 'attendance.school';
  return (
    <Stack gap="sm">
      <Alert color="blue" data-testid="school-rule">
        <Text size="sm">{t(`${s}.rule`)}</Text>
        {rule && <Text size="sm" mt={4}>{t(`${s}.ruleFigure`, { grade: rule.grade, citation: rule.citation })}</Text>}
      </Alert>
      {!q.data ? (
        <QueryStatus error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.residents.length === 0 ? (
        <Text c="dimmed">{t(`${s}.empty`)}</Text>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm">{t(`${s}.count`, { count: q.data.residents.length })}</Text>
            <ExportButton method="exports.schoolList" input={{}} />
          </Group>
          <Table striped withTableBorder verticalSpacing={6} data-testid="school-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={48}>#</Table.Th>
                <Table.Th>{t(`${s}.name`)}</Table.Th>
                <Table.Th w={120}>{t(`${s}.fileNumber`)}</Table.Th>
                <Table.Th w={130}>{t(`${s}.birthDate`)}</Table.Th>
                <Table.Th>{t(`${s}.education`)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.residents.map((r, i) => (
                <Table.Tr key={r.stayId}>
                  <Table.Td c="dimmed">{formatNumber(i + 1)}</Table.Td>
                  <Table.Td><Link to={residentPath(r.stayId)} fw={500}>{r.fullName}</Link></Table.Td>
                  <Table.Td>{r.fileNumber}</Table.Td>
                  <Table.Td>{r.birthDate ? formatDateVN(r.birthDate) : '—'}</Table.Td>
                  <Table.Td c={r.education ? undefined : 'dimmed'}>{r.education ?? t(`${s}.noEducation`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
