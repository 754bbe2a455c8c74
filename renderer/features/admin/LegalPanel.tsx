import { Badge, Button, Card, Group, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalRowView } from '../../../shared/contract/settings';
import { legalKeys } from '../../../shared/domain/legal-edit';
import type { LegalKey } from '../../../shared/domain/legal';
import { useCan } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN, formatInstantVN } from '../../format/format';
import { LegalValueModal } from './LegalValueModal';
import { useLegalParameters } from './hooks';
import { describeLegalValue } from './legal-value';

const statusColor = { in_force: 'teal', scheduled: 'blue', superseded: 'gray' } as const;

/**
 * Every legal figure: the value in force today with its citation and date, a value scheduled for later, and the
 * history behind it; the administrator adds a new value, never edits or deletes an old one.
 */
export function LegalPanel() {
  const { t } = useTranslation();
  const legal = useLegalParameters();
  const canManage = useCan('settings.manage');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [adding, setAdding] = useState<LegalKey | null>(null);
  const toggle = (key: string) => setOpen((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set(s).add(key)));
  const nameOf = (key: LegalKey) => t(`admin.legalKeys.${key}`);

  if (!legal.data) return <QueryStatus error={legal.error} onRetry={() => void legal.refetch()} />;
  const rowsOf = (key: string) => legal.data.filter((r) => r.key === key);

  return (
    <Card>
      <Text size="sm" c="dimmed" mb="md" maw={820}>
        {t('admin.legalIntro')}
      </Text>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.legalTable.name')}</Table.Th>
            <Table.Th>{t('admin.legalTable.value')}</Table.Th>
            <Table.Th>{t('admin.legalTable.citation')}</Table.Th>
            <Table.Th>{t('admin.legalTable.effectiveFrom')}</Table.Th>
            <Table.Th>{t('admin.legalTable.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {legalKeys.map((key) => {
            const rows = rowsOf(key);
            const current = rows.find((r) => r.status === 'in_force');
            const scheduled = rows.filter((r) => r.status === 'scheduled');
            return (
              <Fragment key={key}>
                <Table.Tr data-testid={`legal-${key}`}>
                  <Table.Td fw={600}>{nameOf(key)}</Table.Td>
                  <Table.Td>
                    {current ? describeLegalValue(key, current.value, t) : t('common.none')}
                    {scheduled.map((s) => (
                      <Text key={s.effectiveFrom} size="xs" c="blue.8">
                        {t('admin.legalTable.from', { date: formatDateVN(s.effectiveFrom), value: describeLegalValue(key, s.value, t) })}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>{current?.citation ?? t('common.none')}</Table.Td>
                  <Table.Td>{current ? formatDateVN(current.effectiveFrom) : t('common.none')}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" aria-expanded={open.has(key)} aria-label={t('admin.legalTable.historyOf', { name: nameOf(key) })} onClick={() => toggle(key)}>
                        {t('admin.legalTable.history', { n: rows.length })}
                      </Button>
                      {canManage && (
                        <Button size="compact-xs" variant="light" aria-label={t('admin.legalTable.addTo', { name: nameOf(key) })} onClick={() => setAdding(key)}>
                          {t('admin.legalTable.add')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {open.has(key) && <HistoryRow legalKey={key} rows={rows} />}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
      <LegalValueModal
        legalKey={adding}
        name={adding ? nameOf(adding) : ''}
        current={adding ? rowsOf(adding).find((r) => r.status === 'in_force') : undefined}
        onClose={() => setAdding(null)}
      />
    </Card>
  );
}

function HistoryRow({ legalKey, rows }: { legalKey: LegalKey; rows: LegalRowView[] }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td colSpan={5} bg="gray.0">
        <Table aria-label={t('admin.legalTable.historyOf', { name: t(`admin.legalKeys.${legalKey}`) })} withRowBorders={false}>
          <Table.Tbody>
            {[...rows].reverse().map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td w={130}>{formatDateVN(r.effectiveFrom)}</Table.Td>
                <Table.Td w={150}>
                  <Badge size="sm" variant="light" color={statusColor[r.status]} style={{ overflow: 'visible' }}>
                    {t(`admin.legalStatus.${r.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{describeLegalValue(legalKey, r.value, t)}</Table.Td>
                <Table.Td>{r.citation}</Table.Td>
                <Table.Td c="dimmed">
                  {r.createdBy ? t('admin.legalTable.addedBy', { user: r.createdBy, at: formatInstantVN(r.createdAt) }) : t('admin.legalTable.shipped')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.Td>
    </Table.Tr>
  );
}
