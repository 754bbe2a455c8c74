import { Checkbox, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffRecords, type DiffKind } from './json-diff';

const background: Record<DiffKind, string | undefined> = {
  same: undefined,
  changed: 'var(--mantine-color-yellow-light)',
  added: 'var(--mantine-color-green-light)',
  removed: 'var(--mantine-color-red-light)',
};

/** A row's record before and after side by side, one line per field, the changed ones highlighted. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const [changedOnly, setChangedOnly] = useState(false);
  const lines = diffRecords(before, after);
  if (lines.length === 0) return <Text c="dimmed">{t('admin.auditViewer.nothing')}</Text>;
  const shown = changedOnly ? lines.filter((l) => l.kind !== 'same') : lines;
  return (
    <>
      <Checkbox
        mb="xs"
        label={t('admin.auditViewer.changedOnly')}
        checked={changedOnly}
        onChange={(e) => setChangedOnly(e.currentTarget.checked)}
      />
      <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="audit-diff">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{t('admin.auditViewer.field')}</Table.Th>
            <Table.Th w="39%">{t('admin.auditTable.before')}</Table.Th>
            <Table.Th w="39%">{t('admin.auditTable.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((line) => (
            <Table.Tr key={line.key ?? ''} data-kind={line.kind} style={{ background: background[line.kind] }}>
              <Table.Td ff="monospace" fz="sm">
                {line.key ?? t('admin.auditViewer.whole')}
              </Table.Td>
              <Table.Td fz="sm" style={{ wordBreak: 'break-word' }}>
                {line.before ?? t('common.none')}
              </Table.Td>
              <Table.Td fz="sm" style={{ wordBreak: 'break-word' }}>
                {line.after ?? t('common.none')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
