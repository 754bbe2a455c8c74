import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FigureDims, FigureRow } from '../../../shared/contract/reports';
import { stayKinds, type StayKind } from '../../../shared/domain/vocabulary';
import { FigureLabel } from './FigureLabel';
import { headcountKeys, headcountValue, type HeadcountKey, type Sex } from './figure-model';
import { useFigureText } from './labels';
import { ValueCell } from './ValueCell';

const sexes: Sex[] = ['male', 'female'];

interface Props {
  rows: readonly FigureRow[];
  onDrill: (key: HeadcountKey, dims: FigureDims) => void;
}

/**
 * The balance of the period: by kind of stay and sex, start + admitted − left = end, and turns = start + admitted.
 * Every cell opens the residents it counts.
 */
export function HeadcountTable({ rows, onDrill }: Props) {
  const { t } = useTranslation();
  const text = useFigureText();
  const column = t('reports.columns.current');
  const line = (label: string, kind: StayKind | undefined, sex: Sex | undefined, strong: boolean) => {
    const dims: FigureDims = { ...(kind ? { kind } : {}), ...(sex ? { sex } : {}) };
    return (
      <Table.Tr key={`${kind ?? 'all'}-${sex ?? 'all'}`} fw={strong ? 600 : undefined} data-testid={`headcount-${kind ?? 'all'}-${sex ?? 'all'}`}>
        <Table.Td pl={sex ? 'xl' : undefined}>{label}</Table.Td>
        {headcountKeys.map((key) => (
          <Table.Td key={key} ta="right">
            <ValueCell
              value={headcountValue(rows, key, kind, sex)}
              onOpen={() => onDrill(key, dims)}
              figure={[text.label(key), label].join(': ')}
              column={column}
            />
          </Table.Td>
        ))}
      </Table.Tr>
    );
  };
  const split = (kind: StayKind | undefined) => sexes.map((s) => line(t(`sex.${s}`), kind, s, false));
  const active = (kind: StayKind) => headcountValue(rows, 'headcount.turns', kind) > 0;
  return (
    <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={6} aria-label={t('reports.balance.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.balance.kind')}</Table.Th>
          {headcountKeys.map((key) => (
            <Table.Th key={key} ta="right" w={120}>
              <FigureLabel figure={key} />
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {stayKinds.flatMap((kind) => [line(t(`stayKind.${kind}`), kind, undefined, true), ...(active(kind) ? split(kind) : [])])}
        {line(t('reports.balance.total'), undefined, undefined, true)}
        {split(undefined)}
      </Table.Tbody>
    </Table>
  );
}
