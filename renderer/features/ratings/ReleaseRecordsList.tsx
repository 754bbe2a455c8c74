import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../format/format';

type Planning = MethodOutput<'release.planning'>;

/**
 * What a stay's release rests on besides its ratings: merit acts, exemption grounds (illness and pregnancy come
 * masked to roles without health.read, and say so) and the court's decisions on its term.
 */
export function ReleaseRecordsList({ planning }: { planning: Planning }) {
  const { t } = useTranslation();
  const k = 'releasePlanning';
  const heading = (key: 'merits' | 'grounds' | 'adjustments') => (
    <Text fw={600} size="sm" mt="xs">
      {t(`${k}.${key}`)}
    </Text>
  );
  const none = (key: 'noMerits' | 'noGrounds' | 'noAdjustments') => (
    <Text size="sm" c="dimmed">
      {t(`${k}.${key}`)}
    </Text>
  );
  const doc = (n: string | null) => (n ? ` (${t(`${k}.documentNumber`, { number: n })})` : '');
  return (
    <Stack gap="xs">
      {heading('merits')}
      {planning.merits.length === 0 ? none('noMerits') : (
        <List size="sm" data-testid="planning-merits">
          {planning.merits.map((m) => (
            <List.Item key={m.id}>
              {formatDateVN(m.actOn)}: {m.description}
              {doc(m.documentNumber)}
            </List.Item>
          ))}
        </List>
      )}
      {heading('grounds')}
      {planning.grounds.length === 0 ? none('noGrounds') : (
        <List size="sm" data-testid="planning-grounds">
          {planning.grounds.map((g) => (
            <List.Item key={g.id}>
              {formatDateVN(g.recordedOn)}:{' '}
              {g.ground ? (
                t(`exemptionGround.${g.ground}`)
              ) : (
                <Text span size="sm" c="dimmed" fs="italic" data-testid="ground-masked">
                  {t(`${k}.masked`)}
                </Text>
              )}
              {doc(g.documentNumber)}
              {g.note && ` · ${g.note}`}
            </List.Item>
          ))}
        </List>
      )}
      {heading('adjustments')}
      {planning.adjustments.length === 0 ? none('noAdjustments') : (
        <Stack gap={4} data-testid="planning-adjustments">
          {planning.adjustments.map((a) => (
            <Alert key={`${a.decisionNumber}-${a.decidedOn}`} color={a.kind === 'exemption' ? 'grape' : 'teal'} p="xs">
              <Text size="sm">
                {t(`${k}.adjustmentText`, {
                  kind: t(`reductions.kind.${a.kind}`),
                  months: a.kind === 'reduction' ? t('common.months', { count: a.months }) : '',
                  number: a.decisionNumber,
                  date: formatDateVN(a.decidedOn),
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {a.cause}
              </Text>
            </Alert>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
