import { Button, CloseButton, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useWeekdayOptions } from './labels';

export interface SlotRow {
  key: string;
  weekday: string | null;
  start: string;
  hours: number | string;
}

/** The values of the class form (ClassForm.tsx); the schedule rows are part of it. */
export interface ClassFormValues {
  tradeId: string | null;
  name: string;
  trainerId: string | null;
  place: string;
  startsOn: string | null;
  endsOn: string | null;
  schedule: SlotRow[];
  capacity: number | string;
  partnerSchool: string;
}

export const newSlot = (weekday: string | null = null): SlotRow => ({ key: randomId(), weekday, start: '08:00', hours: 3 });

/** The weekly schedule of a class, a row per sitting (day, start, hours), rows added and removed. */
export function ScheduleRows({ form }: { form: UseFormReturnType<ClassFormValues> }) {
  const { t } = useTranslation();
  const weekdays = useWeekdayOptions();
  const rows = form.values.schedule;
  const listError = form.errors.schedule;
  return (
    <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" size="sm" fw={600}>
        {t('training.form.schedule')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('training.form.scheduleHint')}
      </Text>
      {rows.map((row, i) => (
        <Stack key={row.key} gap={2}>
          <Group align="flex-start" gap="xs" wrap="nowrap" data-testid="schedule-row">
            <Select label={t('training.form.weekday')} data={weekdays} allowDeselect={false} w={150} withAsterisk {...form.getInputProps(`schedule.${i}.weekday`)} />
            <TextInput label={t('training.form.start')} placeholder="hh:mm" maxLength={5} inputMode="numeric" w={120} withAsterisk {...form.getInputProps(`schedule.${i}.start`)} />
            <NumberInput label={t('training.form.hours')} min={1} max={8} allowDecimal={false} w={100} withAsterisk {...form.getInputProps(`schedule.${i}.hours`)} />
            <CloseButton
              mt={28}
              disabled={rows.length === 1}
              aria-label={t('training.form.removeSlot', { n: i + 1 })}
              onClick={() => form.removeListItem('schedule', i)}
            />
          </Group>
          {typeof form.errors[`schedule.${i}`] === 'string' && (
            <Text size="xs" c="red">
              {form.errors[`schedule.${i}`]}
            </Text>
          )}
        </Stack>
      ))}
      {typeof listError === 'string' && (
        <Text size="xs" c="red" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          size="xs"
          variant="light"
          disabled={rows.length >= 14}
          onClick={() => form.insertListItem('schedule', newSlot(nextWeekday(rows)))}
        >
          {t('training.form.addSlot')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A new row offers the day after the last one's, two days on (Monday → Wednesday), as classes usually sit. */
function nextWeekday(rows: SlotRow[]): string | null {
  const last = Number(rows.at(-1)?.weekday);
  return Number.isInteger(last) && last > 0 ? String(((last + 1) % 7) + 1) : null;
}
