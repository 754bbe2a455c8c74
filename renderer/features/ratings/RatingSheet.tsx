import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { ApiError } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { QueryStatus } from '../../components/QueryStatus';
import { formatInstantVN } from '../../format/format';
import { useRatingSheet, useSaveRatings } from './hooks';
import { changedCount, formatMonthVN, initialDrafts, rowErrors, saveEntries, setAllGrades, type RowDraft } from './rating-model';
import { RatingSheetTable } from './RatingSheetTable';
import { ExportButton } from '../../components/ExportButton';

type RowErrors = Map<number, { grade?: string; note?: string }>;

/** One team's ratings for one month: typed row by row or set all at once, saved together; frozen once confirmed. */
export function RatingSheet({ teamId, month }: { teamId: number; month: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('ratings.write');
  const q = useRatingSheet({ teamId, month });
  const save = useSaveRatings();
  const [drafts, setDrafts] = useState<Map<number, RowDraft> | null>(null);
  const [errors, setErrors] = useState<RowErrors>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  if (!q.data) return <QueryStatus error={q.error} onRetry={() => void q.refetch()} />;
  const sheet = q.data;
  const current = drafts ?? initialDrafts(sheet.rows);
  const frozen = sheet.confirmed !== null || !canWrite;
  const rated = sheet.rows.filter((r) => current.get(r.stayId)?.grade).length;
  const changed = changedCount(sheet.rows, current);

  const setRow = (stayId: number, draft: RowDraft) => setDrafts(new Map(current).set(stayId, draft));
  const submit = () => {
    setGeneral([]);
    setErrors(new Map());
    const entries = saveEntries(sheet.rows, current);
    save.mutate(
      { teamId, month, entries },
      {
        onSuccess: (r) => notifications.show({ color: 'teal', message: t('ratings.saved', { count: r.saved }) }),
        onError: (error) => {
          const split = error instanceof ApiError && error.issues.length > 0 ? rowErrors(error.issues, entries) : { rows: new Map(), general: [error.message] };
          setErrors(split.rows);
          setGeneral(split.general);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      {sheet.confirmed && (
        <Alert color="blue" title={t('ratings.confirmed')} data-testid="ratings-confirmed">
          {t('ratings.confirmedBy', { at: formatInstantVN(sheet.confirmed.at), by: sheet.confirmed.by ?? '' })}
        </Alert>
      )}
      <FormAlert messages={general} />
      {sheet.rows.length === 0 ? (
        <Alert color="gray">{t('ratings.emptySheet', { month: formatMonthVN(month) })}</Alert>
      ) : (
        <>
          <Group justify="space-between" align="flex-end">
            {!frozen ? (
              <NativeSelect
                label={t('ratings.setAll')}
                description={t('ratings.setAllHint')}
                value=""
                onChange={(e) => e.currentTarget.value && setDrafts(setAllGrades(current, sheet.rows, e.currentTarget.value))}
                data={[{ value: '', label: '—' }, ...sheet.scale.map((s) => ({ value: s.code, label: s.label }))]}
                w={320}
              />
            ) : (
              <span />
            )}
            <Group>
              <Text size="sm" data-testid="ratings-progress">
                {t('ratings.progress', { rated, total: sheet.rows.length })}
                {changed > 0 && ` · ${t('ratings.changed', { count: changed })}`}
              </Text>
              <ExportButton method="exports.ratings" input={{ teamId, month }} />
              {!frozen && (
                <Button onClick={submit} loading={save.isPending}>
                  {t('ratings.save')}
                </Button>
              )}
            </Group>
          </Group>
          {!frozen && <Text size="xs" c="dimmed">{t('ratings.keys')}</Text>}
          <RatingSheetTable sheet={sheet} month={month} drafts={current} errors={errors} frozen={frozen} onChange={setRow} />
        </>
      )}
    </Stack>
  );
}
