import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import { AddProductModal } from './AddProductModal';
import { useProducts } from './hooks';
import { SetRateModal } from './SetRateModal';
import { formatDong, type Product } from './work-model';
import { ExportButton } from '../../components/ExportButton';

/** "Sản phẩm, đơn giá": every product with its unit, the rate in force and its history; the head adds and re-rates. */
export function ProductsTab() {
  const { t } = useTranslation();
  const canRate = useCan('work.rates');
  const q = useProducts();
  const [adding, setAdding] = useState(false);
  const [rating, setRating] = useState<Product | null>(null);
  if (!q.data) return <QueryStatus error={q.error} onRetry={() => void q.refetch()} />;
  const products = q.data.products;
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <ExportButton method="exports.products" input={{}} />
        {canRate && <Button onClick={() => setAdding(true)}>{t('work.products.create')}</Button>}
      </Group>
      {products.length === 0 ? (
        <Alert color="gray">{t('work.products.none')}</Alert>
      ) : (
        <Table striped withTableBorder data-testid="products-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('work.products.name')}</Table.Th>
              <Table.Th>{t('work.products.unit')}</Table.Th>
              <Table.Th>{t('work.products.rate')}</Table.Th>
              <Table.Th>{t('work.products.history')}</Table.Th>
              {canRate && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {products.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td fw={500}>
                  {p.name}
                  {!p.active && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('work.products.inactive')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`work.products.units.${p.unit}`)}</Table.Td>
                <Table.Td>
                  {p.rateDong === null ? (
                    <Text size="sm" c="dimmed">
                      {t('work.products.noRate')}
                    </Text>
                  ) : (
                    <>
                      <Text span size="sm" fw={500}>
                        {formatDong(p.rateDong)}
                      </Text>
                      {p.rateFrom && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {t('work.products.rateFrom', { date: formatDateVN(p.rateFrom) })}
                        </Text>
                      )}
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {p.rates.map((r) => `${formatDong(r.rateDong)} ${t('work.products.rateFrom', { date: formatDateVN(r.validFrom) })}`).join(' · ')}
                  </Text>
                </Table.Td>
                {canRate && (
                  <Table.Td w={130}>
                    <Button size="compact-sm" variant="light" aria-label={t('work.products.setRateOf', { name: p.name })} onClick={() => setRating(p)}>
                      {t('work.products.setRate')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AddProductModal opened={adding} onClose={() => setAdding(false)} />
      <SetRateModal product={rating} onClose={() => setRating(null)} />
    </Stack>
  );
}
