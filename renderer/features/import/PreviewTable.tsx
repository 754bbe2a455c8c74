import { Badge, List, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { MatchedPerson } from './MatchedPerson';
import type { Analysis, PreviewRow } from './types';

const look = {
  ok: { colour: 'teal', mark: '✓', background: undefined },
  warning: { colour: 'yellow', mark: '!', background: 'var(--mantine-color-yellow-0)' },
  error: { colour: 'red', mark: '✕', background: 'var(--mantine-color-red-0)' },
  skipped: { colour: 'gray', mark: '–', background: 'var(--mantine-color-gray-1)' },
} as const;

const COLUMNS = 9;

/** The rows of one preview page, each problem listed under its row with the cell it is in and what the import does. */
export function PreviewTable({ rows, columns }: { rows: PreviewRow[]; columns: Analysis['columns'] }) {
  const { t } = useTranslation();
  const v = (row: PreviewRow, field: string) => row.values[field] ?? '';
  const cellName = (column: number | null) => {
    if (column === null) return t('import.preview.rowProblem');
    const c = columns[column];
    return t('import.preview.cell', { letter: c?.letter ?? String(column + 1), header: c?.header || t('import.mapping.noHeader') });
  };

  return (
    <Table withTableBorder verticalSpacing={4} data-testid="import-preview">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={60}>{t('import.preview.rowNumber')}</Table.Th>
          <Table.Th w={130}>{t('import.preview.status')}</Table.Th>
          <Table.Th>{t('import.preview.name')}</Table.Th>
          <Table.Th>{t('import.preview.birth')}</Table.Th>
          <Table.Th>{t('import.preview.kind')}</Table.Th>
          <Table.Th>{t('import.preview.admitted')}</Table.Th>
          <Table.Th>{t('import.preview.discharged')}</Table.Th>
          <Table.Th>{t('import.preview.bed')}</Table.Th>
          <Table.Th>{t('import.preview.matched')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={COLUMNS}>{t('import.preview.empty')}</Table.Td>
          </Table.Tr>
        )}
        {rows.map((row) => {
          const { colour, mark, background } = look[row.status];
          return (
            <Fragment key={row.rowNumber}>
              <Table.Tr style={{ background }} data-status={row.status}>
                <Table.Td fw={700}>{row.rowNumber}</Table.Td>
                <Table.Td>
                  <Badge color={colour} variant={row.status === 'ok' ? 'light' : 'filled'} leftSection={mark} tt="none">
                    {t(`import.preview.statuses.${row.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td fw={600}>
                  {row.skipReason ? (
                    <Text span size="sm" c="dimmed" fs="italic">
                      {t(`import.preview.skipReasons.${row.skipReason}`)}
                    </Text>
                  ) : (
                    v(row, 'fullName')
                  )}
                </Table.Td>
                <Table.Td>{v(row, 'birthDate') || v(row, 'birthYear')}</Table.Td>
                <Table.Td>{v(row, 'kind')}</Table.Td>
                <Table.Td>{v(row, 'admittedOn')}</Table.Td>
                <Table.Td>{v(row, 'dischargedOn')}</Table.Td>
                <Table.Td>{row.bed}</Table.Td>
                <Table.Td>{row.matchedPerson && <MatchedPerson person={row.matchedPerson} />}</Table.Td>
              </Table.Tr>
              {row.problems.length > 0 && (
                <Table.Tr style={{ background }}>
                  <Table.Td />
                  <Table.Td colSpan={COLUMNS - 1} pt={0}>
                    <List size="sm" spacing={2}>
                      {row.problems.map((p, i) => (
                        <List.Item key={i}>
                          <Text span size="sm" fw={600} c={p.severity === 'error' ? 'red.8' : 'yellow.9'}>
                            {cellName(p.column)}:
                          </Text>{' '}
                          {p.message}{' '}
                          <Text span size="sm" c="dimmed">
                            {t('import.preview.then', { action: p.action })}
                          </Text>
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
