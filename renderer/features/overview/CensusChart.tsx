import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { CensusLineChart } from '../../components/CensusLineChart';

/** The last 30 days' census (everyone on the books each day) against the design capacity. */
export function CensusChart({ daily }: { daily: MethodOutput<'reports.overview'>['daily'] }) {
  const { t } = useTranslation();
  const c = 'overview.census';
  return (
    <Card component="section" aria-label={t(`${c}.title`)} withBorder>
      <Title order={4} mb="sm">
        {t(`${c}.title`)}
      </Title>
      {daily.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`${c}.empty`)}
        </Text>
      ) : (
        <CensusLineChart h={220} daily={daily} labels={{ census: t(`${c}.census`), capacity: t(`${c}.capacity`), chart: t(`${c}.title`) }} />
      )}
    </Card>
  );
}
