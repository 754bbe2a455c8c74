import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../format/format';
import { formatMonthVN } from '../ratings/rating-model';

type Eligibility = NonNullable<MethodOutput<'release.planning'>['eligibility']>;

interface Props {
  e: Eligibility;
  /** The grade's label from the facility's scale. */
  gradeLabel: (code: string) => string;
  /** Beside a proposal whose grounds already state the facts: only the verdict and the reasons. */
  compact?: boolean;
}

/** The facts a reduction rests on: half the term, the months that count with their grade, merit, and why not. */
export function EligibilityText({ e, gradeLabel, compact = false }: Props) {
  const { t } = useTranslation();
  const k = 'releasePlanning';
  const verdict = e.eligible && e.monthsMin !== null && e.monthsMax !== null ? t(`${k}.eligible`, { min: e.monthsMin, max: e.monthsMax }) : t(`${k}.notEligible`);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} c={e.eligible ? 'teal' : 'orange'}>
        {verdict}
      </Text>
      {!compact && (
        <>
          <Text size="xs">
            {t(`${k}.halfTerm`)}: {e.halfTermDate ? t(`${k}.halfTermOn`, { date: formatDateVN(e.halfTermDate) }) : '—'} (
            {e.halfTermReached ? t(`${k}.reached`) : t(`${k}.notReached`)})
          </Text>
          <Group gap={4}>
            <Text size="xs">
              {t(`${k}.goodMonths`)}: {t(`${k}.goodMonthsValue`, { good: e.goodMonths, total: e.months.length })}
            </Text>
            {e.months.map((m) => (
              <Badge key={m.month} size="xs" tt="none" variant={m.good ? 'light' : 'outline'} color={m.good ? 'teal' : m.grade ? 'orange' : 'gray'}>
                {formatMonthVN(m.month)}: {m.grade ? gradeLabel(m.grade) : t('ratings.notRated')}
              </Badge>
            ))}
          </Group>
          {e.merit && (
            <Text size="xs">
              {t(`${k}.merit`)}: {t('common.yes')}
            </Text>
          )}
        </>
      )}
      {e.reasons.length > 0 && (
        <List size="xs">
          {e.reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
