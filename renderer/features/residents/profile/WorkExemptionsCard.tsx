import { Button, Card, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../../shared/domain/dates';
import { useCan } from '../../../app/current-user';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { showApiError } from '../../../components/form-errors';
import { QueryStatus } from '../../../components/QueryStatus';
import { formatDateVN } from '../../../format/format';
import { useExempt, useExemptions } from '../../work/hooks';

/** A stay's medical exemptions from work; the medical team (or the head) adds one. The reason is health data. */
export function WorkExemptionsCard({ stayId }: { stayId: number }) {
  const { t } = useTranslation();
  const canExempt = useCan('work.exempt');
  const q = useExemptions(stayId);
  const [open, setOpen] = useState(false);
  return (
    <Card data-testid="work-exemptions">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('work.exemptions.title')}</Title>
        {canExempt && (
          <Button size="xs" variant="light" onClick={() => setOpen(true)}>
            {t('work.exemptions.add')}
          </Button>
        )}
      </Group>
      {!q.data ? (
        <QueryStatus error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.exemptions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('work.exemptions.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('work.exemptions.fromOn')}</Table.Th>
              <Table.Th>{t('work.exemptions.toOn')}</Table.Th>
              <Table.Th>{t('work.exemptions.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.exemptions.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDateVN(e.fromOn)}</Table.Td>
                <Table.Td>{formatDateVN(e.toOn)}</Table.Td>
                <Table.Td c={e.reason === null ? 'dimmed' : undefined}>{e.reason ?? t('work.exemptions.masked')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('work.exemptions.addTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {open && <ExemptForm stayId={stayId} onDone={() => setOpen(false)} />}
      </Modal>
    </Card>
  );
}

const fields = ['fromOn', 'toOn', 'reason'] as const;

function ExemptForm({ stayId, onDone }: { stayId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const exempt = useExempt();
  const [general, setGeneral] = useState<string[]>([]);
  const today = vnDate(new Date());
  const form = useForm<{ fromOn: string | null; toOn: string | null; reason: string }>({ initialValues: { fromOn: today, toOn: today, reason: '' } });
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    exempt.mutate(
      { stayId, fromOn: v.fromOn as string, toOn: v.toOn as string, reason: v.reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('work.exemptions.saved') });
          onDone();
        },
        onError: (error) => showApiError(error, fields, form, setGeneral),
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <Group grow>
          <DateField label={t('work.exemptions.fromOn')} withAsterisk {...form.getInputProps('fromOn')} />
          <DateField label={t('work.exemptions.toOn')} withAsterisk {...form.getInputProps('toOn')} />
        </Group>
        <Textarea label={t('work.exemptions.reason')} withAsterisk autosize minRows={2} maxLength={500} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" loading={exempt.isPending}>
            {t('work.exemptions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
