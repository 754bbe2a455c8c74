import { NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMonthVN, gradeLabel, shiftMonth, type RowDraft, type Sheet } from './rating-model';

interface Props {
  sheet: Sheet;
  month: string;
  drafts: Map<number, RowDraft>;
  errors: Map<number, { grade?: string; note?: string }>;
  frozen: boolean;
  onChange: (stayId: number, draft: RowDraft) => void;
}

/**
 * The members of the team with the two months before (the trend), a grade and a note each. Native selects, so an
 * officer tabs from row to row and types the first letter of the grade.
 */
export function RatingSheetTable({ sheet, month, drafts, errors, frozen, onChange }: Props) {
  const { t } = useTranslation();
  const before = [shiftMonth(month, -2), shiftMonth(month, -1)];
  const options = [{ value: '', label: t('ratings.notRated') }, ...sheet.scale.map((s) => ({ value: s.code, label: s.label }))];
  return (
    <Table striped withTableBorder verticalSpacing={4} data-testid="rating-sheet">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('ratings.name')}</Table.Th>
          <Table.Th>{t('ratings.fileNumber')}</Table.Th>
          {before.map((m) => (
            <Table.Th key={m}>{formatMonthVN(m)}</Table.Th>
          ))}
          <Table.Th>{t('ratings.grade')} {formatMonthVN(month)}</Table.Th>
          <Table.Th>{t('ratings.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sheet.rows.map((r) => {
          const d = drafts.get(r.stayId) ?? { grade: null, note: '' };
          const e = errors.get(r.stayId);
          return (
            <Table.Tr key={r.stayId}>
              <Table.Td fw={500}>{r.fullName}</Table.Td>
              <Table.Td>{r.fileNumber}</Table.Td>
              {before.map((m) => (
                <Table.Td key={m} c="dimmed">
                  {gradeLabel(sheet.scale, r.previous.find((p) => p.month === m)?.grade ?? null) ?? '—'}
                </Table.Td>
              ))}
              <Table.Td w={200}>
                {frozen ? (
                  <Text size="sm" fw={500}>
                    {gradeLabel(sheet.scale, d.grade) ?? t('ratings.notRated')}
                  </Text>
                ) : (
                  <NativeSelect
                    aria-label={t('ratings.gradeOf', { name: r.fullName })}
                    data={options}
                    value={d.grade ?? ''}
                    onChange={(ev) => onChange(r.stayId, { ...d, grade: ev.currentTarget.value || null })}
                    error={e?.grade}
                    size="xs"
                  />
                )}
              </Table.Td>
              <Table.Td>
                {frozen ? (
                  <Text size="sm">{d.note}</Text>
                ) : (
                  <TextInput
                    aria-label={t('ratings.noteOf', { name: r.fullName })}
                    value={d.note}
                    onChange={(ev) => onChange(r.stayId, { ...d, note: ev.currentTarget.value })}
                    error={e?.note}
                    size="xs"
                    maxLength={300}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
