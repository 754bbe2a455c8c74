import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CorrectionView } from '../../../../shared/contract/residents-corrections';
import { QueryStatus } from '../../../components/QueryStatus';
import { formatInstantVN } from '../../../format/format';
import { useCorrections } from '../hooks';
import { correctionFieldLabel, correctionValueText } from './correction-text';

/** The corrections of this person and their stays, newest first: who, when, why, and each field before → after. */
export function CorrectionsCard({ stayId }: { stayId: number }) {
  const { t } = useTranslation();
  const corrections = useCorrections(stayId);
  return (
    <Card component="section" aria-label={t('correction.history')}>
      <Title order={4} mb="sm">
        {t('correction.history')}
      </Title>
      {!corrections.data ? (
        <QueryStatus error={corrections.error} onRetry={() => void corrections.refetch()} />
      ) : corrections.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('correction.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {corrections.data.map((c) => (
            <Correction key={c.id} c={c} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function Correction({ c }: { c: CorrectionView }) {
  const { t, i18n } = useTranslation();
  const target = c.entity === 'person' ? t('correction.ofPerson') : t('correction.ofStay', { fileNumber: c.fileNumber ?? '' });
  return (
    <div data-testid="correction">
      <Text size="sm" fw={600}>
        {formatInstantVN(c.at)} · {c.username ?? t('admin.auditTable.system')} · {target}
      </Text>
      <Text size="sm">
        {t('correction.reasonLabel')}: {c.reason}
      </Text>
      <List size="sm">
        {c.changes.map((ch) => (
          <List.Item key={ch.field}>
            {correctionFieldLabel(t, ch.field)}: {correctionValueText(t, i18n, ch.field, ch.before)} →{' '}
            {correctionValueText(t, i18n, ch.field, ch.after)}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
