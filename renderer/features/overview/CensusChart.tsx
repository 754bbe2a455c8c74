import { LineChart } from '@mantine/charts';
import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN, formatNumber } from '../../format/format';

/** The last 30 days' census (everyone on the books each day) against the design capacity. */
export function CensusChart({ daily }: { daily: MethodOutput<'reports.overview'>['daily'] }) {
  const { t } = useTranslation();
  const c = 'overview.census';
  const data = daily.map((d) => ({ day: formatDateVN(d.date), census: d.census, designCapacity: d.designCapacity }));
  return (
    <Card component="section" aria-label={t(`${c}.title`)} withBorder>
      <Title order={4} mb="sm">
        {t(`${c}.title`)}
      </Title>
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`${c}.empty`)}
        </Text>
      ) : (
        <LineChart
          h={220}
          data={data}
          dataKey="day"
          withDots={false}
          withLegend
          valueFormatter={formatNumber}
          xAxisProps={{ tickFormatter: (v: string) => v.slice(0, 5), minTickGap: 24 }}
          series={[
            { name: 'census', label: t(`${c}.census`), color: 'blue.6' },
            { name: 'designCapacity', label: t(`${c}.capacity`), color: 'red.6', strokeDasharray: '6 4' },
          ]}
        />
      )}
    </Card>
  );
}
