import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { useDraftReview } from './hooks';

const fields = ['reviewOn', 'title'];

/** "Lập danh sách đề nghị": the app lists who qualifies on the review day (today by default). */
export function DraftReviewForm({ onDone }: { onDone: (reviewId: number) => void }) {
  const { t } = useTranslation();
  const draft = useDraftReview();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { reviewOn: vnDate(new Date()) as string | null, title: '' } });
  const submit = form.onSubmit((values) => {
    setGeneral([]);
    const title = values.title.trim();
    draft.mutate(
      { reviewOn: required(values.reviewOn), ...(title ? { title } : {}) },
      {
        onSuccess: (r) => {
          notifications.show({ color: 'teal', message: t('reductions.drafted', { count: r.proposed }) });
          onDone(r.reviewId);
        },
        onError: (error) => showApiError(error, fields, form, setGeneral),
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <Text size="sm">{t('reductions.draftHint')}</Text>
        <DateField label={t('reductions.reviewOn')} withAsterisk {...form.getInputProps('reviewOn')} />
        <TextInput label={t('reductions.reviewTitle')} description={t('reductions.reviewTitleHint')} {...form.getInputProps('title')} />
        <Group justify="flex-end">
          <Button type="submit" loading={draft.isPending}>
            {t('reductions.draft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
