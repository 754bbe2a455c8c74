import { Group, Pagination, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../components/QueryStatus';
import { usePreview } from './hooks';
import { PAGE_SIZE, previewInput, type PreviewBase } from './preview-input';
import { PreviewTable } from './PreviewTable';
import { SummaryBadges } from './SummaryBadges';
import type { Analysis } from './types';

/** Step 3: every row as it will be imported, page by page, with the file's counts above. */
export function PreviewStep({ base, columns }: { base: PreviewBase; columns: Analysis['columns'] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const preview = usePreview(previewInput(base, page, onlyProblems));
  if (!preview.data) return <QueryStatus error={preview.error} onRetry={() => void preview.refetch()} />;
  const { summary, total, rows } = preview.data;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const from = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;

  return (
    <Stack gap="sm">
      <SummaryBadges summary={summary} />
      <Group justify="space-between" wrap="wrap">
        <Switch
          label={t('import.preview.onlyProblems')}
          checked={onlyProblems}
          onChange={(e) => {
            setOnlyProblems(e.currentTarget.checked);
            setPage(1);
          }}
        />
        <Text size="sm" c="dimmed">
          {t('import.preview.shown', { from, to: Math.min(total, page * PAGE_SIZE), total })}
        </Text>
      </Group>
      {preview.error && <QueryStatus error={preview.error} onRetry={() => void preview.refetch()} />}
      <PreviewTable rows={rows} columns={columns} />
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label={t('import.preview.page')} />}
    </Stack>
  );
}
