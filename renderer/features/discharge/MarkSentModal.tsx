import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../shared/contract/discharge';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { releaseRecipients } from './discharge-form';
import { useMarkNoticeSent } from './hooks';
import { useNoticeKindText } from './labels';

type Owed = Pick<NoticeView, 'kind' | 'recipient' | 'sentOn'>;

interface Props {
  stayId: number;
  name: string;
  /** The stay's notices; those not yet sent are offered. */
  notices: Owed[];
  /** The notice to preselect ("kind:recipient"). */
  initial?: string;
  onClose: () => void;
}

const keyOf = (n: Pick<Owed, 'kind' | 'recipient'>) => `${n.kind}:${n.recipient}`;

/** "Đánh dấu đã gửi": the recipient, the day it went out (today by default) and the letter's reference. */
export function MarkSentModal({ stayId, name, notices, initial, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('discharge.markSentTitle', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <MarkSentForm stayId={stayId} notices={notices} initial={initial} onDone={onClose} />
    </Modal>
  );
}

function MarkSentForm({ stayId, notices, initial, onDone }: Omit<Props, 'name' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const kindText = useNoticeKindText();
  const mark = useMarkNoticeSent();
  const [general, setGeneral] = useState<string[]>([]);
  const unsent = notices.filter((n) => !n.sentOn);
  // A release whose notices are not scheduled yet still owes the three release notices.
  const owed = unsent.length > 0 ? unsent : releaseRecipients.map((recipient) => ({ kind: 'release', recipient, sentOn: null }));
  const kinds = new Set(owed.map((n) => n.kind));
  const options = owed.map((n) => ({
    value: keyOf(n),
    label: kinds.size > 1 ? `${t(`discharge.recipients.${n.recipient}`)} · ${kindText(n.kind)}` : t(`discharge.recipients.${n.recipient}`),
  }));
  const form = useForm({
    initialValues: {
      notice: options.find((o) => o.value === initial)?.value ?? options[0]?.value ?? null,
      sentOn: vnDate(new Date()) as string | null,
      reference: '',
    },
  });

  const submit = form.onSubmit((v) => {
    setGeneral([]);
    const chosen = owed.find((n) => keyOf(n) === v.notice);
    if (!chosen) return form.setFieldError('notice', t('discharge.recipient'));
    if (!v.sentOn) return form.setFieldError('sentOn', t('discharge.sentOn'));
    mark.mutate(
      { stayId, kind: chosen.kind, recipient: chosen.recipient, sentOn: v.sentOn, reference: v.reference.trim() || undefined },
      {
        onSuccess: (out) => {
          notifications.show({ color: out.late ? 'orange' : 'teal', message: t(out.late ? 'discharge.markSentLate' : 'discharge.markSentDone') });
          onDone();
        },
        onError: (error) => {
          showApiError(error, ['sentOn', 'reference'], form, setGeneral);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <Select label={t('discharge.recipient')} data={options} allowDeselect={false} withAsterisk {...form.getInputProps('notice')} />
        <DateField label={t('discharge.sentOn')} withAsterisk maxDate={vnDate(new Date())} {...form.getInputProps('sentOn')} />
        <TextInput label={t('discharge.reference')} {...form.getInputProps('reference')} />
        <Group justify="flex-end">
          <Button type="submit" loading={mark.isPending}>
            {t('discharge.markSentSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
