import { Button, Card, Group, Modal, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classStatuses, type ClassStatus } from '../../../shared/domain/vocabulary';
import { useCan } from '../../app/current-user';
import { ExportButton } from '../../components/ExportButton';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import { Link } from '../../router/Link';
import { navigate } from '../../router/history';
import { ClassForm } from './ClassForm';
import { ClassStatusBadge } from './ClassStatusBadge';
import type { ClassSummary } from './class-model';
import { useClasses } from './hooks';
import { useScheduleWords } from './labels';
import { classPath } from './paths';

/** "Lớp học": the classes (the trainer's own first), filtered by status, and "Mở lớp" for those who run classes. */
export function ClassList() {
  const { t } = useTranslation();
  const canWrite = useCan('training.write');
  const [status, setStatus] = useState<ClassStatus | 'all'>('all');
  const [creating, setCreating] = useState(false);
  const classes = useClasses(status === 'all' ? null : status);
  const filters = [{ value: 'all', label: t('training.list.all') }, ...classStatuses.map((s) => ({ value: s, label: t(`training.status.${s}`) }))];
  return (
    <Card>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <SegmentedControl aria-label={t('training.list.filter')} data={filters} value={status} onChange={(v) => setStatus(v as ClassStatus | 'all')} />
        <Group gap="sm">
          <ExportButton method="exports.classes" input={status === 'all' ? {} : { status }} />
          {canWrite && <Button onClick={() => setCreating(true)}>{t('training.list.create')}</Button>}
        </Group>
      </Group>
      {!classes.data ? (
        <QueryStatus error={classes.error} onRetry={() => void classes.refetch()} />
      ) : classes.data.classes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {status === 'all' ? t('training.list.empty') : t('training.list.emptyStatus')}
        </Text>
      ) : (
        <ClassTable classes={classes.data.classes} />
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('training.form.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        {creating && <ClassForm onDone={(id) => navigate(classPath(id))} />}
      </Modal>
    </Card>
  );
}

function ClassTable({ classes }: { classes: ClassSummary[] }) {
  const { t } = useTranslation();
  const words = useScheduleWords();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid="classes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('training.list.name')}</Table.Th>
            <Table.Th>{t('training.list.trade')}</Table.Th>
            <Table.Th>{t('training.list.trainer')}</Table.Th>
            <Table.Th>{t('training.list.dates')}</Table.Th>
            <Table.Th>{t('training.list.schedule')}</Table.Th>
            <Table.Th ta="right">{t('training.list.size')}</Table.Th>
            <Table.Th>{t('training.list.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {classes.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Link to={classPath(c.id)} fw={600}>
                  {c.name}
                </Link>
              </Table.Td>
              <Table.Td>{c.tradeName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.trainerName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('training.dateRange', { from: formatDateVN(c.startsOn), to: formatDateVN(c.endsOn) })}</Table.Td>
              <Table.Td>{words.schedule(c.schedule)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('training.list.count', { enrolled: c.enrolled, capacity: c.capacity })}
                {c.waiting > 0 && (
                  <Text span size="xs" c="orange.8" ml={4}>
                    {t('training.list.waiting', { n: c.waiting })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ClassStatusBadge status={c.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
