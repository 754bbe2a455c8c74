import { Button, Card, CloseButton, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useCan } from '../../app/current-user';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import { useHolidays, useSetHolidays } from './hooks';
import { ExportButton } from '../../components/ExportButton';

/** Public holidays skipped when counting the working days a notice is due in; saved as one list, audited. */
export function HolidaysPanel() {
  const holidays = useHolidays();
  if (!holidays.data) return <QueryStatus error={holidays.error} onRetry={() => void holidays.refetch()} />;
  return <HolidaysEditor saved={holidays.data} />;
}

function HolidaysEditor({ saved }: { saved: string[] }) {
  const { t } = useTranslation();
  const canManage = useCan('settings.manage');
  const save = useSetHolidays();
  const [list, setList] = useState(saved);
  const [date, setDate] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const changed = JSON.stringify(list) !== JSON.stringify(saved);

  const add = () => {
    if (date && !list.includes(date)) setList([...list, date].sort());
    setDate(null);
  };
  const submit = () => {
    setErrors([]);
    save.mutate(
      { holidays: list },
      {
        onSuccess: (next) => {
          setList(next);
          notifications.show({ color: 'teal', message: t('admin.holidays.saved', { n: next.length }) });
        },
        onError: (e) => setErrors([e.message]),
      },
    );
  };

  return (
    <Card>
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Text size="sm" c="dimmed" maw={820}>
          {t('admin.holidays.intro')}
        </Text>
        <ExportButton method="exports.holidays" input={{}} size="xs" disabled={changed} />
      </Group>
      <FormAlert messages={errors} />
      <Stack gap="sm" maw={520}>
        {list.length === 0 ? (
          <Text size="sm">{t('admin.holidays.empty')}</Text>
        ) : (
          <Table>
            <Table.Tbody>
              {list.map((d) => (
                <Table.Tr key={d}>
                  <Table.Td>{formatDateVN(d)}</Table.Td>
                  <Table.Td>{dayjs(d).format('dddd')}</Table.Td>
                  <Table.Td w={40}>
                    {canManage && (
                      <CloseButton aria-label={t('admin.holidays.remove', { date: formatDateVN(d) })} onClick={() => setList(list.filter((x) => x !== d))} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canManage && (
          <>
            <Group align="end">
              <DateField label={t('admin.holidays.date')} value={date} onChange={setDate} w={200} />
              <Button variant="light" onClick={add} disabled={!date}>
                {t('admin.holidays.add')}
              </Button>
            </Group>
            <Group>
              <Button onClick={submit} disabled={!changed} loading={save.isPending}>
                {t('admin.holidays.save')}
              </Button>
              {changed && (
                <Text size="sm" c="orange.8">
                  {t('admin.holidays.unsaved')}
                </Text>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
