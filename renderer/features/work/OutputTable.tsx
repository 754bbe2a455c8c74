import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OutputRow } from './OutputRow';
import type { LineDraft, Product, RowError, WorkRow } from './work-model';

interface Props {
  rows: WorkRow[];
  products: Product[];
  drafts: Map<number, LineDraft>;
  errors: Map<number, RowError>;
  editable: boolean;
  onChange: (stayId: number, draft: LineDraft) => void;
  onReverse: (line: WorkRow['lines'][number], name: string) => void;
}

/**
 * Members × entry: the entry fields come right after the name so Tab runs product → quantity → hours and on to the
 * next member; what is already recorded that day is listed last, each line with its "Hủy".
 */
export function OutputTable({ rows, products, drafts, errors, editable, onChange, onReverse }: Props) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={4} data-testid="work-sheet">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('work.name')}</Table.Th>
          {editable && (
            <>
              <Table.Th>{t('work.product')}</Table.Th>
              <Table.Th>{t('work.quantity')}</Table.Th>
              <Table.Th>{t('work.hours')}</Table.Th>
              <Table.Th>{t('work.amount')}</Table.Th>
            </>
          )}
          <Table.Th>{t('work.recorded')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <OutputRow
            key={r.stayId}
            row={r}
            products={products}
            draft={drafts.get(r.stayId)}
            error={errors.get(r.stayId)}
            editable={editable}
            onChange={(d) => onChange(r.stayId, d)}
            onReverse={(line) => onReverse(line, r.fullName)}
          />
        ))}
      </Table.Tbody>
    </Table>
  );
}
