import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FigureRow } from '../../../shared/contract/reports';
import { reportColumns, reportFigures, type ReportColumn } from '../../../shared/domain/report-figures';
import { useCan } from '../../app/current-user';
import { formatDateVN } from '../../format/format';
import { FigureLabel } from './FigureLabel';
import { groupValue, rowId, type FigureGroup } from './figure-model';
import { useFigureText } from './labels';
import type { ReportView } from './report-view';
import { ValueCell } from './ValueCell';

interface Props {
  groups: FigureGroup[];
  report: ReportView;
  /** Opens the residents behind a figure's slice in a column. */
  onDrill: (row: Pick<FigureRow, 'key' | 'dims' | 'itemName' | 'itemUnit'>, column: ReportColumn) => void;
}

/** A section's figures with the comparison columns: each figure's total, then its slices (reason, grade, trade…). */
export function SectionTable({ groups, report, onDrill }: Props) {
  const { t } = useTranslation();
  const text = useFigureText();
  const mayReadHealth = useCan('health.read');
  const columns = reportColumns.filter((c) => report.columns.some((x) => x.column === c));
  const drillable = (row: Pick<FigureRow, 'key'>) => {
    const def = reportFigures[row.key] as { drill: boolean; sensitive?: boolean };
    return def.drill && (!def.sensitive || mayReadHealth);
  };
  const cells = (row: Pick<FigureRow, 'key' | 'dims' | 'itemName' | 'itemUnit'>, value: (c: ReportColumn) => number | null) =>
    columns.map((c) => (
      <Table.Td key={c} ta="right">
        <ValueCell value={value(c)} onOpen={drillable(row) ? () => onDrill(row, c) : null} figure={text.full(row)} column={t(`reports.columns.${c}`)} />
      </Table.Td>
    ));
  return (
    <Table withTableBorder withColumnBorders striped={false} fz="sm" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.figureHeader')}</Table.Th>
          <Table.Th w={90}>{t('reports.unitHeader')}</Table.Th>
          {columns.map((c) => {
            const range = report.columns.find((x) => x.column === c)?.range;
            return (
              <Table.Th key={c} ta="right" w={150}>
                {t(`reports.columns.${c}`)}
                {range && (
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('reports.columnRange', { from: formatDateVN(range.from), to: formatDateVN(range.to) })}
                  </Text>
                )}
              </Table.Th>
            );
          })}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.flatMap((g) => {
          const head = g.total ?? { key: g.key, dims: {}, itemName: null, itemUnit: null };
          return [
            <Table.Tr key={g.key}>
              <Table.Td fw={600}>
                <FigureLabel figure={g.key} />
              </Table.Td>
              <Table.Td>{text.unit(g.key, g.total?.itemUnit)}</Table.Td>
              {cells(head, (c) => groupValue(g, c))}
            </Table.Tr>,
            ...g.parts.map((p) => (
              <Table.Tr key={rowId(p)}>
                <Table.Td pl="xl">{text.part(p)}</Table.Td>
                <Table.Td>{text.unit(p.key, p.itemUnit)}</Table.Td>
                {cells(p, (c) => p.values[c])}
              </Table.Tr>
            )),
          ];
        })}
      </Table.Tbody>
    </Table>
  );
}
