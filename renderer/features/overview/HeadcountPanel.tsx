import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import type { MethodOutput } from '../../../shared/contract';
import { headcountGrid, type Count } from './headcount-model';

/** A cell: those present, and under it those on the books but away (hospital, leave, court, escaped, suspended). */
function CountCell({ c, strong = false }: { c: Count; strong?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Td ta="right" fw={strong ? 700 : undefined} c={c.present + c.away === 0 ? 'dimmed' : undefined}>
      {formatNumber(c.present)}
      {c.away > 0 && (
        <Text span size="xs" c="orange.8" display="block">
          {t('overview.headcount.away', { count: c.away })}
        </Text>
      )}
    </Table.Td>
  );
}

/** "Học viên trong sổ hôm nay": kind of stay × area, present and away, with the totals. */
export function HeadcountPanel({ overview }: { overview: MethodOutput<'reports.overview'> }) {
  const { t } = useTranslation();
  const grid = headcountGrid(overview);
  const h = 'overview.headcount';
  return (
    <Card component="section" aria-label={t(`${h}.title`)} withBorder>
      <Title order={4}>{t(`${h}.title`)}</Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t(`${h}.hint`)}
      </Text>
      {grid.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`${h}.none`)}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder data-testid="headcount-by-kind">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`${h}.kind`)}</Table.Th>
                {grid.columns.map((col) => (
                  <Table.Th key={col.areaId ?? 'none'} ta="right" title={col.name}>
                    {col.areaId === null ? t(`${h}.noBed`) : col.code}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t(`${h}.total`)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grid.rows.map((r) => (
                <Table.Tr key={r.kind}>
                  <Table.Th scope="row" fw={500}>
                    {t(`stayKind.${r.kind}`)}
                  </Table.Th>
                  {r.cells.map((c, i) => (
                    <CountCell key={grid.columns[i]?.areaId ?? 'none'} c={c} />
                  ))}
                  <CountCell c={r.total} strong />
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t(`${h}.total`)}</Table.Th>
                {grid.columnTotals.map((c, i) => (
                  <CountCell key={grid.columns[i]?.areaId ?? 'none'} c={c} strong />
                ))}
                <CountCell c={grid.total} strong />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
