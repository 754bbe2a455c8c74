import { Alert, Badge, Group, NativeSelect, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFields, type ColumnMapping, type ImportField } from '../../../shared/domain/import/types';
import { assignField, missingRequired, requiredFields } from './mapping';
import type { Analysis } from './types';

const IGNORE = '';

interface Props {
  analysis: Analysis;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  dataStart: number;
  onDataStart: (dataStart: number) => void;
}

/** Step 2: each column of the file with its header and samples, and the field it fills (each field at most once). */
export function MappingStep({ analysis, mapping, onMapping, dataStart, onDataStart }: Props) {
  const { t } = useTranslation();
  const [moved, setMoved] = useState<string | null>(null);
  const fieldName = (f: ImportField) => t(`import.fields.${f}`);
  const letterOf = (i: number) => analysis.columns[i]?.letter ?? String(i + 1);
  const missing = missingRequired(mapping);
  const { headerTop } = analysis;
  const header =
    dataStart - headerTop > 1
      ? t('import.mapping.header', { top: headerTop + 1, bottom: dataStart, data: dataStart + 1 })
      : t('import.mapping.headerOneRow', { top: headerTop + 1, data: dataStart + 1 });

  const choose = (column: number, value: string) => {
    const field = value === IGNORE ? null : (value as ImportField);
    const next = assignField(mapping, column, field);
    setMoved(field && next.cleared !== null ? t('import.mapping.moved', { field: fieldName(field), from: letterOf(next.cleared), to: letterOf(column) }) : null);
    onMapping(next.mapping);
  };

  // Each option says where the field is now, so moving it from another column is never a surprise.
  const options = (column: number) => [
    { value: IGNORE, label: t('import.mapping.ignore') },
    ...importFields.map((f) => {
      const at = mapping.indexOf(f);
      const required = requiredFields.includes(f) ? ` (${t('import.mapping.required')})` : '';
      const elsewhere = at >= 0 && at !== column ? ` — ${t('import.mapping.letter')} ${letterOf(at)}` : '';
      return { value: f, label: `${fieldName(f)}${required}${elsewhere}` };
    }),
  ];

  return (
    <Stack gap="md">
      <Group align="end" gap="lg" wrap="wrap">
        <Text fw={600} data-testid="import-header-rows">
          {header}
        </Text>
        <Badge color={analysis.remembered ? 'teal' : 'gray'} variant="light" size="lg" tt="none">
          {analysis.remembered ? t('import.mapping.remembered') : t('import.mapping.proposed')}
        </Badge>
        <NumberInput
          label={t('import.mapping.dataStart')}
          description={t('import.mapping.dataStartHint')}
          min={1}
          allowDecimal={false}
          value={dataStart + 1}
          onChange={(v) => typeof v === 'number' && v >= 1 && onDataStart(v - 1)}
          w={260}
        />
      </Group>
      {moved && (
        <Alert color="blue" variant="light" role="status" withCloseButton onClose={() => setMoved(null)}>
          {moved}
        </Alert>
      )}
      <Table striped withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('import.mapping.letter')}</Table.Th>
            <Table.Th>{t('import.mapping.headerText')}</Table.Th>
            <Table.Th>{t('import.mapping.samples')}</Table.Th>
            <Table.Th w={300}>{t('import.mapping.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {analysis.columns.map((c) => (
            <Table.Tr key={c.index}>
              <Table.Td fw={700}>{c.letter}</Table.Td>
              <Table.Td>{c.header || <Text span c="dimmed" size="sm">{t('import.mapping.noHeader')}</Text>}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {c.samples.slice(0, 3).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={t('import.mapping.fieldLabel', { letter: c.letter })}
                  data={options(c.index)}
                  value={mapping[c.index] ?? IGNORE}
                  onChange={(e) => choose(c.index, e.currentTarget.value)}
                  size="xs"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {missing.length > 0 && (
        <Alert color="orange" role="alert">
          {t('import.mapping.missing', { fields: missing.map(fieldName).join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}
