import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CensusLineChart } from '../../components/CensusLineChart';
import { formatDateVN, formatNumber } from '../../format/format';
import type { ReportView } from './report-view';

/** "dd/mm" on the axis; the full date is in the tooltip. */
const dayMonth = (date: string) => formatDateVN(date).slice(0, 5);

/** The period in pictures: the daily census against design capacity, weekly admissions and departures, occupancy by area. */
export function ReportCharts({ charts }: { charts: ReportView['charts'] }) {
  const { t } = useTranslation();
  const weekly = charts.weekly.map((w) => ({ week: dayMonth(w.weekStart), admitted: w.admitted, left: w.left }));
  const areas = charts.areas.map((a) => ({ area: a.name, beds: a.beds, occupied: a.occupied }));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Card withBorder style={{ gridColumn: '1 / -1' }}>
        <Title order={4} mb="sm">
          {t('reports.charts.census')}
        </Title>
        {charts.daily.length === 0 ? (
          <Text c="dimmed">{t('reports.charts.empty')}</Text>
        ) : (
          <CensusLineChart
            h={280}
            daily={charts.daily}
            labels={{ census: t('reports.charts.censusSeries'), capacity: t('reports.charts.capacitySeries'), chart: t('reports.charts.census') }}
          />
        )}
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('reports.charts.weekly')}
        </Title>
        {weekly.length === 0 ? (
          <Text c="dimmed">{t('reports.charts.empty')}</Text>
        ) : (
          <BarChart
            h={260}
            data={weekly}
            dataKey="week"
            withLegend
            valueFormatter={formatNumber}
            series={[
              { name: 'admitted', label: t('reports.charts.admitted'), color: 'teal.6' },
              { name: 'left', label: t('reports.charts.left'), color: 'orange.6' },
            ]}
            aria-label={t('reports.charts.weekly')}
          />
        )}
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('reports.charts.areas')}
        </Title>
        {areas.length === 0 ? (
          <Text c="dimmed">{t('reports.charts.empty')}</Text>
        ) : (
          // Bars lie across so long area names stay readable on the axis.
          <BarChart
            h={Math.max(200, 44 * areas.length)}
            data={areas}
            dataKey="area"
            orientation="vertical"
            yAxisProps={{ width: 190 }}
            withLegend
            valueFormatter={formatNumber}
            series={[
              { name: 'beds', label: t('reports.charts.beds'), color: 'gray.5' },
              { name: 'occupied', label: t('reports.charts.occupied'), color: 'blue.6' },
            ]}
            aria-label={t('reports.charts.areas')}
          />
        )}
      </Card>
    </SimpleGrid>
  );
}
