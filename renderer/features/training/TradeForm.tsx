import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tradeLevels, type TradeLevel } from '../../../shared/domain/vocabulary';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required, requiredNumber } from '../../components/form-values';
import { useCreateTrade, useUpdateTrade, useTrades } from './hooks';

type Trade = NonNullable<ReturnType<typeof useTrades>['data']>['trades'][number];

const fields = ['name', 'level', 'durationHours'];

/** A new trade, or one edited: its name, level (sơ cấp, under 3 months) and length in hours. */
export function TradeForm({ trade, onDone }: { trade: Trade | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateTrade();
  const update = useUpdateTrade();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    initialValues: { name: trade?.name ?? '', level: (trade?.level ?? null) as TradeLevel | null, durationHours: (trade?.durationHours ?? '') as number | string },
  });
  const levels = tradeLevels.map((l) => ({ value: l, label: t(`training.level.${l}`) }));

  const submit = form.onSubmit((v) => {
    setGeneral([]);
    const input = { name: v.name, level: required(v.level), durationHours: requiredNumber(v.durationHours) };
    const done = {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t(trade ? 'training.trades.saved' : 'training.trades.created') });
        onDone();
      },
      onError: (error: unknown) => showApiError(error, fields, form, setGeneral),
    };
    if (trade) update.mutate({ ...input, id: trade.id, active: trade.active }, done);
    else create.mutate(input, done);
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <TextInput label={t('training.trades.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select label={t('training.trades.level')} data={levels} allowDeselect={false} withAsterisk {...form.getInputProps('level')} />
        <NumberInput label={t('training.trades.hours')} min={1} max={3000} allowDecimal={false} thousandSeparator="." decimalSeparator="," withAsterisk {...form.getInputProps('durationHours')} />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('training.trades.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
