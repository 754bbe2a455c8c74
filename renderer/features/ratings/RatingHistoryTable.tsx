import { Badge, Group, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { formatMonthVN, gradeLabel } from './rating-model';

type Planning = MethodOutput<'release.planning'>;

/** A stay's monthly ratings, newest first, each marked confirmed by the head or not yet. */
export function RatingHistoryTable({ ratings, scale }: { ratings: Planning['ratings']; scale: Planning['scale'] }) {
  const { t } = useTranslation();
  const k = 'releasePlanning';
  if (ratings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t(`${k}.noRatings`)}
      </Text>
    );
  }
  return (
    <ScrollArea.Autosize mah={260}>
      <Table verticalSpacing={2} data-testid="planning-ratings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`${k}.month`)}</Table.Th>
            <Table.Th>{t(`${k}.grade`)}</Table.Th>
            <Table.Th>{t(`${k}.note`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...ratings].reverse().map((r) => (
            <Table.Tr key={r.month}>
              <Table.Td>{formatMonthVN(r.month)}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {gradeLabel(scale, r.grade)}
                  <Badge size="xs" variant={r.confirmed ? 'light' : 'outline'} color={r.confirmed ? 'teal' : 'gray'}>
                    {r.confirmed ? t(`${k}.confirmed`) : t(`${k}.unconfirmed`)}
                  </Badge>
                </Group>
              </Table.Td>
              <Table.Td>{r.note ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
