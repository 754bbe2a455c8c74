import { Button, Card, Code, Modal, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import type { Translation } from '../../i18n/vi';
import { QueryStatus } from '../../components/QueryStatus';
import { formatInstantVN } from '../../format/format';
import { useAuditLog } from './hooks';

type AuditRow = MethodOutput<'audit.list'>[number];
type AuditMethod = keyof Translation['admin']['auditMethods'];
type AuditEntity = keyof Translation['admin']['entities'];

/** The newest audit rows; "Xem" shows the record before and after, as stored. */
export function AuditPanel() {
  const { t, i18n } = useTranslation();
  const audit = useAuditLog();
  const [open, setOpen] = useState<AuditRow | null>(null);
  const action = (m: string) => (i18n.exists(`admin.auditMethods.${m}`) ? t(`admin.auditMethods.${m as AuditMethod}`) : m);
  const entity = (e: string) => (i18n.exists(`admin.entities.${e}`) ? t(`admin.entities.${e as AuditEntity}`) : e);

  if (!audit.data) return <QueryStatus error={audit.error} onRetry={() => void audit.refetch()} />;
  return (
    <Card>
      {audit.data.length === 0 ? (
        <Text c="dimmed">{t('admin.auditTable.empty')}</Text>
      ) : (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.auditTable.at')}</Table.Th>
              <Table.Th>{t('admin.auditTable.user')}</Table.Th>
              <Table.Th>{t('admin.auditTable.action')}</Table.Th>
              <Table.Th>{t('admin.auditTable.entity')}</Table.Th>
              <Table.Th>{t('admin.auditTable.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{formatInstantVN(row.at)}</Table.Td>
                <Table.Td>{row.username ?? t('admin.auditTable.system')}</Table.Td>
                <Table.Td>{action(row.method)}</Table.Td>
                <Table.Td>
                  {entity(row.entity)}
                  {row.entityId ? ` #${row.entityId}` : ''}
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setOpen(row)}>
                    {t('common.view')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={open !== null}
        onClose={() => setOpen(null)}
        size="xl"
        title={open ? `${action(open.method)} · ${formatInstantVN(open.at)}` : ''}
      >
        {open?.reason && (
          <Text size="sm" mb="sm">
            {t('admin.auditTable.reason')}: {open.reason}
          </Text>
        )}
        {open && (
          <SimpleGrid cols={2}>
            <div>
              <Title order={5} mb="xs">
                {t('admin.auditTable.before')}
              </Title>
              <Code block>{JSON.stringify(open.before, null, 2) ?? t('common.none')}</Code>
            </div>
            <div>
              <Title order={5} mb="xs">
                {t('admin.auditTable.after')}
              </Title>
              <Code block>{JSON.stringify(open.after, null, 2) ?? t('common.none')}</Code>
            </div>
          </SimpleGrid>
        )}
      </Modal>
    </Card>
  );
}
