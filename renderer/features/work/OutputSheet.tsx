import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useCan } from '../../app/current-user';
import { FormAlert } from '../../components/FormAlert';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import { useProducts, useRecordWork, useWorkSheet } from './hooks';
import { OutputTable } from './OutputTable';
import { ReverseLineModal } from './ReverseLineModal';
import { choosableProducts, entriesPayload, formatDong, rowErrorsOf, type LineDraft, type RowError, type WorkRow } from './work-model';

type Line = WorkRow['lines'][number];

/** A team's day: members × one entry line each, saved together in one work.record; refusals land on their row. */
export function OutputSheet({ teamId, date }: { teamId: number; date: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('work.write');
  const q = useWorkSheet(teamId, date);
  const products = useProducts();
  const record = useRecordWork();
  const [drafts, setDrafts] = useState<Map<number, LineDraft>>(new Map());
  const [errors, setErrors] = useState<Map<number, RowError>>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const [reversing, setReversing] = useState<{ line: Line; name: string } | null>(null);
  if (!q.data || !products.data) {
    return <QueryStatus error={q.error ?? products.error} onRetry={() => void Promise.all([q.refetch(), products.refetch()])} />;
  }
  const sheet = q.data;
  const choosable = choosableProducts(products.data.products);
  const payload = entriesPayload(sheet.rows, drafts);

  const submit = () => {
    setGeneral([]);
    if (payload.missing.size > 0) {
      const local = new Map<number, RowError>();
      for (const [stayId, m] of payload.missing) {
        local.set(stayId, Object.fromEntries(Object.entries(m).map(([k, v]) => [k, t(`work.missing.${v}`)])));
      }
      setErrors(local);
      return;
    }
    setErrors(new Map());
    if (payload.entries.length === 0) {
      setGeneral([t('work.nothingToSave')]);
      return;
    }
    const { entries, stayOf } = payload;
    record.mutate(
      { teamId, date, entries },
      {
        onSuccess: (r) => {
          setDrafts(new Map());
          notifications.show({ color: 'teal', message: t('work.saved', { count: r.lines, amount: formatDong(r.amountDong) }) });
        },
        onError: (error) => {
          const split =
            error instanceof ApiError && error.issues.length > 0
              ? rowErrorsOf(error.issues, stayOf)
              : { rows: new Map<number, RowError>(), general: [error.message] };
          setErrors(split.rows);
          setGeneral(split.general);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <FormAlert messages={general} />
      {sheet.rows.length === 0 ? (
        <Alert color="gray">{t('work.emptySheet', { date: formatDateVN(date) })}</Alert>
      ) : (
        <>
          {canWrite && choosable.length === 0 && <Alert color="yellow">{t('work.noProducts')}</Alert>}
          {canWrite && (
            <Group justify="space-between" align="flex-end">
              <Text size="xs" c="dimmed">
                {t('work.keys')}
              </Text>
              <Group>
                <Text size="sm" data-testid="work-filled">
                  {t('work.filled', { count: payload.entries.length + payload.missing.size })}
                </Text>
                <Button onClick={submit} loading={record.isPending}>
                  {t('work.save')}
                </Button>
              </Group>
            </Group>
          )}
          <OutputTable
            rows={sheet.rows}
            products={choosable}
            drafts={drafts}
            errors={errors}
            editable={canWrite}
            onChange={(stayId, d) => {
              setDrafts(new Map(drafts).set(stayId, d));
              if (errors.has(stayId)) {
                const next = new Map(errors);
                next.delete(stayId);
                setErrors(next);
              }
            }}
            onReverse={(line, name) => setReversing({ line, name })}
          />
          <Text size="xs" c="dimmed">
            {sheet.citation}
          </Text>
        </>
      )}
      <ReverseLineModal target={reversing} onClose={() => setReversing(null)} />
    </Stack>
  );
}
