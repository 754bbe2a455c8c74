import { LineChart } from '@mantine/charts';
import { formatDateVN, formatNumber } from '../format/format';

/** Everyone on the books each day against the design capacity (the overview's 30 days, the report's period). */
export function CensusLineChart({
  daily,
  labels,
  h,
}: {
  daily: { date: string; census: number; designCapacity: number }[];
  labels: { census: string; capacity: string; chart: string };
  h: number;
}) {
  return (
    <LineChart
      h={h}
      data={daily.map((d) => ({ day: formatDateVN(d.date), census: d.census, designCapacity: d.designCapacity }))}
      dataKey="day"
      withDots={false}
      withLegend
      valueFormatter={formatNumber}
      xAxisProps={{ tickFormatter: (v: string) => v.slice(0, 5), minTickGap: 24 }}
      series={[
        { name: 'census', label: labels.census, color: 'blue.6' },
        { name: 'designCapacity', label: labels.capacity, color: 'red.6', strokeDasharray: '6 4' },
      ]}
      aria-label={labels.chart}
    />
  );
}
