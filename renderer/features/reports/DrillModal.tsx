import { Alert, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillRow, FigureDims, ReportPeriodInput } from '../../../shared/contract/reports';
import type { FigureKey } from '../../../shared/domain/report-figures';
import { residentPath } from '../../app/routes';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN, formatNumber } from '../../format/format';
import { Link } from '../../router/Link';
import { ExportButton } from '../../components/ExportButton';
import { useDrill } from './hooks';
import { useFigureText } from './labels';

/** What a drill-down asks for: a figure's slice in one column, that column's period, and its heading. */
export interface DrillTarget {
  period: ReportPeriodInput;
  key: FigureKey;
  dims: FigureDims;
  title: string;
}

const ROW_HEIGHT = 37;

/** The residents behind one figure, person by person, so the head can check the number; with its own Excel export. */
export function DrillModal({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size="95%"
      title={target?.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && <DrillBody target={target} />}
    </Modal>
  );
}

function DrillBody({ target }: { target: DrillTarget }) {
  const { t } = useTranslation();
  const q = useDrill({ period: target.period, key: target.key, dims: target.dims });
  if (!q.data) return <QueryStatus error={q.error} onRetry={() => void q.refetch()} />;
  const drill = q.data;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" data-testid="drill-total">
          {t('reports.drill.total', { total: drill.total, count: drill.rows.length })}
        </Text>
        <ExportButton method="reports.exportXlsx" input={{ period: target.period, drill: { key: target.key, dims: target.dims } }} />
      </Group>
      {drill.truncated && <Alert color="yellow">{t('reports.drill.truncated')}</Alert>}
      {drill.rows.length === 0 ? <Text c="dimmed">{t('reports.drill.empty')}</Text> : <DrillTable figure={target.key} rows={drill.rows} />}
    </Stack>
  );
}

/** Only the rows in view exist in the page (a year's bed-days can list thousands); spacer rows keep the scroll height. */
function DrillTable({ figure, rows }: { figure: FigureKey; rows: DrillRow[] }) {
  const { t } = useTranslation();
  const text = useFigureText();
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => viewport.current, estimateSize: () => ROW_HEIGHT, overscan: 15 });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const none = t('common.none');
  const headers = ['stt', 'fullName', 'fileNumber', 'kind', 'sex', 'birthYear', 'admittedOn', 'dischargedOn', 'date', 'detail', 'value'] as const;
  return (
    <ScrollArea.Autosize mah="65vh" viewportRef={viewport} type="auto">
      <Table striped stickyHeader verticalSpacing={6} fz="sm" aria-rowcount={rows.length + 1}>
        <Table.Thead>
          <Table.Tr>
            {headers.map((h) => (
              <Table.Th key={h}>{t(`reports.drill.${h}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {items.map((item) => {
            const r = rows[item.index] as DrillRow;
            return (
              <Table.Tr key={item.key} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <Table.Td>{item.index + 1}</Table.Td>
                <Table.Td>
                  <Link to={residentPath(r.stayId)} fw={600}>
                    {r.fullName}
                  </Link>
                </Table.Td>
                <Table.Td>{r.fileNumber}</Table.Td>
                <Table.Td title={t(`stayKind.${r.kind}`)}>{t(`residents.kindShort.${r.kind}`)}</Table.Td>
                <Table.Td>{t(`sex.${r.sex}`)}</Table.Td>
                <Table.Td>{r.birthYear}</Table.Td>
                <Table.Td>{formatDateVN(r.admittedOn)}</Table.Td>
                <Table.Td>{r.dischargedOn ? formatDateVN(r.dischargedOn) : none}</Table.Td>
                <Table.Td>{r.date ? formatDateVN(r.date) : none}</Table.Td>
                <Table.Td>{r.detail ? text.code(figure, r.detail) : none}</Table.Td>
                <Table.Td ta="right">{r.value === null ? none : formatNumber(r.value)}</Table.Td>
              </Table.Tr>
            );
          })}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
