import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import type { Enrolment } from './class-model';
import { useWithdraw } from './hooks';

/** "Rời lớp": a resident leaves the class or its waiting list, with the day and a reason; says who took the place. */
export function WithdrawModal({ enrolment, enrolments, onClose }: { enrolment: Enrolment; enrolments: Enrolment[]; onClose: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdraw();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { on: vnDate(new Date()) as string | null, reason: '' } });
  const name = enrolment.fullName;
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    withdraw.mutate(
      { enrolmentId: enrolment.id, on: required(v.on), reason: v.reason },
      {
        onSuccess: ({ promotedStayId }) => {
          const promoted = promotedStayId === null ? null : enrolments.find((e) => e.stayId === promotedStayId && e.status === 'waiting');
          notifications.show({
            color: 'teal',
            message: promoted ? t('training.withdraw.promoted', { name, promoted: promoted.fullName }) : t('training.withdraw.done', { name }),
          });
          onClose();
        },
        onError: (error) => showApiError(error, ['on', 'reason'], form, setGeneral),
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={t('training.withdraw.title', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <FormAlert messages={general} />
        <Stack gap="sm">
          <DateField label={t('training.withdraw.on')} withAsterisk {...form.getInputProps('on')} />
          <Textarea label={t('training.withdraw.reason')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={withdraw.isPending}>
              {t('training.withdraw.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
