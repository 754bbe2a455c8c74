import { Card, Group, Modal, Pagination, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRowView } from '../../../../shared/contract/audit';
import type { Translation } from '../../../i18n/vi';
import { ExportButton } from '../../../components/ExportButton';
import { QueryStatus } from '../../../components/QueryStatus';
import { formatInstantVN, formatNumber } from '../../../format/format';
import { AuditDiff } from './AuditDiff';
import { AuditFilters } from './AuditFilters';
import { AUDIT_PAGE_SIZE, useAuditPage, type AuditFilters as Filters } from './hooks';
import { VerifyButton } from './VerifyButton';

type AuditMethod = keyof Translation['admin']['auditMethods'];
type AuditEntity = keyof Translation['admin']['entities'];

/** The audit viewer of the admin and the head: filters, the rows newest first, a row's before and after, the chain check. */
export function AuditPanel() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<AuditRowView | null>(null);
  const audit = useAuditPage(filters, page);
  const action = (m: string) => (i18n.exists(`admin.auditMethods.${m}`) ? t(`admin.auditMethods.${m as AuditMethod}`) : m);
  const entity = (e: string) => (i18n.exists(`admin.entities.${e}`) ? t(`admin.entities.${e as AuditEntity}`) : e);
  const changeFilters = (next: Filters) => {
    setFilters(next);
    setPage(1);
  };
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const total = audit.data?.total ?? 0;

  return (
    <Stack gap="md">
      <Card>
        <VerifyButton />
      </Card>
      <Card>
        <AuditFilters value={filters} onChange={changeFilters} />
        {!audit.data ? (
          <QueryStatus error={audit.error} onRetry={() => void audit.refetch()} />
        ) : total === 0 ? (
          <Text c="dimmed">{filtered ? t('admin.auditViewer.emptyFiltered') : t('admin.auditTable.empty')}</Text>
        ) : (
          <>
            <Group justify="space-between" mb="xs">
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="audit-count">
                {t('admin.auditViewer.count', { n: formatNumber(total) })}
              </Text>
              <ExportButton method="exports.audit" input={filters} size="xs" />
            </Group>
            <Table striped highlightOnHover verticalSpacing="xs" data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>{t('admin.auditTable.at')}</Table.Th>
                  <Table.Th>{t('admin.auditTable.user')}</Table.Th>
                  <Table.Th>{t('admin.auditTable.action')}</Table.Th>
                  <Table.Th>{t('admin.auditTable.entity')}</Table.Th>
                  <Table.Th>{t('admin.auditTable.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.data.rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td c="dimmed">{row.id}</Table.Td>
                    <Table.Td>
                      {/* The whole row opens the before/after; the button keeps it reachable by keyboard. */}
                      <UnstyledButton onClick={() => setOpen(row)} td="underline" fz="sm">
                        {formatInstantVN(row.at)}
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td>{row.username ?? t('admin.auditTable.system')}</Table.Td>
                    <Table.Td>{action(row.method)}</Table.Td>
                    <Table.Td>
                      {entity(row.entity)}
                      {row.entityId ? ` #${row.entityId}` : ''}
                    </Table.Td>
                    <Table.Td fz="sm">{row.reason ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {total > AUDIT_PAGE_SIZE && (
              <Group justify="center" mt="sm">
                <Pagination total={Math.ceil(total / AUDIT_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />
              </Group>
            )}
          </>
        )}
      </Card>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={open !== null}
        onClose={() => setOpen(null)}
        size="xl"
        title={open ? `#${open.id} · ${action(open.method)} · ${formatInstantVN(open.at)}` : ''}
      >
        {open && (
          <>
            <Text size="sm" mb="xs">
              {open.username ?? t('admin.auditTable.system')} · {entity(open.entity)}
              {open.entityId ? ` #${open.entityId}` : ''}
            </Text>
            {open.reason && (
              <Text size="sm" mb="sm">
                {t('admin.auditTable.reason')}: {open.reason}
              </Text>
            )}
            <AuditDiff before={open.before} after={open.after} />
          </>
        )}
      </Modal>
    </Stack>
  );
}
