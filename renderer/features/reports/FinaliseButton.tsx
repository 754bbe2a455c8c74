import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPeriodInput } from '../../../shared/contract/reports';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { useFinalise, useReportSettings } from './hooks';
import { rangeText } from './period-model';

const fields = ['number', 'signedOn', 'signerName', 'signerTitle'];

/** The head's "Chốt báo cáo": number, date and signer (from the report settings), then the figures are kept as signed. */
export function FinaliseButton({ period, disabled }: { period: ReportPeriodInput; disabled: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button color="teal" onClick={() => setOpen(true)} disabled={disabled} title={disabled ? t('reports.finalise.blocked') : undefined}>
        {t('reports.finalise.action')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('reports.finalise.title', { range: rangeText(period) ?? '' })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {open && <FinaliseForm period={period} onDone={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

function FinaliseForm({ period, onDone }: { period: ReportPeriodInput; onDone: () => void }) {
  const { t } = useTranslation();
  const settings = useReportSettings().data;
  const finalise = useFinalise();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    initialValues: {
      number: '',
      signedOn: vnDate(new Date()) as string | null,
      signerName: settings?.signerName ?? '',
      signerTitle: settings?.signerTitle ?? '',
    },
  });
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    finalise.mutate(
      { period, number: v.number, signedOn: required(v.signedOn), signerName: v.signerName, signerTitle: v.signerTitle },
      {
        onSuccess: (f) => {
          notifications.show({ color: 'teal', message: t('reports.finalise.done', { number: f.number }) });
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
        <Text size="sm">{t('reports.finalise.body')}</Text>
        <TextInput
          label={t('reports.finalise.number')}
          withAsterisk
          data-autofocus
          rightSection={settings?.numberSymbol ? <Text size="xs" c="dimmed">/{settings.numberSymbol}</Text> : null}
          rightSectionWidth={settings?.numberSymbol ? 90 : undefined}
          {...form.getInputProps('number')}
        />
        <DateField label={t('reports.finalise.signedOn')} withAsterisk {...form.getInputProps('signedOn')} />
        <TextInput label={t('reports.finalise.signerTitle')} withAsterisk {...form.getInputProps('signerTitle')} />
        <TextInput label={t('reports.finalise.signerName')} withAsterisk {...form.getInputProps('signerName')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="teal" loading={finalise.isPending}>
            {t('reports.finalise.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
