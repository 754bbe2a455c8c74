import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priorityGroups } from '../../../../shared/domain/vocabulary';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import type { StayCorrection } from '../../../../shared/contract/residents-corrections';
import { FormAlert } from '../../../components/FormAlert';
import { showApiError } from '../../../components/form-errors';
import { useCorrectStay } from '../hooks';
import { codeLabel } from './labels';

const priorityCodes: readonly string[] = priorityGroups;
const textKeys = ['court', 'decisionNumber', 'issuer', 'contractNumber', 'payer'] as const;
const fields = ['reason', 'changes.priorityGroup', ...textKeys.map((k) => `changes.${k}`)];

interface Props {
  stay: ResidentProfile['stay'];
  opened: boolean;
  onClose: () => void;
}

/** "Sửa hồ sơ lượt": how the stay's papers were transcribed; dates, kind, term and discharge are not offered. */
export function CorrectStayModal({ stay, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t('correction.stayTitle', { fileNumber: stay.fileNumber })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <StayForm stay={stay} onDone={onClose} />}
    </Modal>
  );
}

function StayForm({ stay, onDone }: { stay: ResidentProfile['stay']; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const correct = useCorrectStay();
  const [general, setGeneral] = useState<string[]>([]);
  const [initial] = useState(() => ({
    reason: '',
    changes: {
      court: stay.court?.court ?? '',
      decisionNumber: stay.court?.decisionNumber ?? stay.management?.decisionNumber ?? '',
      issuer: stay.management?.issuer ?? '',
      contractNumber: stay.contract?.contractNumber ?? '',
      payer: stay.contract?.payer ?? '',
      priorityGroup: stay.contract?.priorityGroup ?? null,
    },
  }));
  const form = useForm({ initialValues: initial });
  const current = stay.contract?.priorityGroup;
  const priorities = [...priorityCodes, ...(current && !priorityCodes.includes(current) ? [current] : [])];
  const nothing = !stay.court && !stay.management && !stay.contract;

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    const changes: StayCorrection = {};
    for (const k of textKeys) if (values.changes[k] !== initial.changes[k]) changes[k] = values.changes[k];
    if (values.changes.priorityGroup !== initial.changes.priorityGroup) changes.priorityGroup = values.changes.priorityGroup;
    correct.mutate(
      { stayId: stay.id, reason: values.reason, changes },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('correction.saved') });
          onDone();
        },
        onError: (error) => {
          showApiError(error, fields, form, setGeneral);
        },
      },
    );
  });

  if (nothing) return <Text size="sm">{t('correction.stayNothing')}</Text>;
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('correction.stayIntro')}
        </Text>
        {stay.court && (
          <>
            <TextInput label={t('profile.courtName')} {...form.getInputProps('changes.court')} />
            <TextInput label={t('profile.decisionNumber')} {...form.getInputProps('changes.decisionNumber')} />
          </>
        )}
        {stay.management && (
          <>
            <TextInput label={t('profile.decisionNumber')} {...form.getInputProps('changes.decisionNumber')} />
            <TextInput label={t('admission.issuer')} {...form.getInputProps('changes.issuer')} />
          </>
        )}
        {stay.contract && (
          <>
            <TextInput label={t('admission.contractNumber')} {...form.getInputProps('changes.contractNumber')} />
            <TextInput label={t('admission.payer')} {...form.getInputProps('changes.payer')} />
            <Select
              label={t('profile.priorityGroup')}
              clearable
              data={priorities.map((p) => ({ value: p, label: codeLabel(t, i18n, 'admission.priority', p) ?? p }))}
              {...form.getInputProps('changes.priorityGroup')}
            />
          </>
        )}
        <Textarea label={t('correction.reason')} description={t('correction.reasonHint')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" loading={correct.isPending}>
            {t('correction.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
