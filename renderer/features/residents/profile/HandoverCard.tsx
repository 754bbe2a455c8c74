import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { Facts } from '../../../components/Facts';
import { formatDateVN, formatNumber } from '../../../format/format';

/** The handover record on arrival (Mẫu 40), item by item, and the documents filed with the stay. */
export function HandoverCard({ p }: { p: ResidentProfile }) {
  const { t } = useTranslation();
  const h = p.handover;
  return (
    <Card>
      <Title order={4} mb="sm">
        {t('admission.handover')}
      </Title>
      {!h ? (
        <Text size="sm" c="dimmed">
          {t('profile.noHandover')}
        </Text>
      ) : (
        <>
          <Facts
            items={[
              { label: t('admission.receivedOn'), value: formatDateVN(h.receivedOn) },
              { label: t('admission.handedOverBy'), value: h.handedOverBy },
              ...(h.note ? [{ label: t('admission.handoverNote'), value: h.note }] : []),
            ]}
          />
          {h.items.length > 0 && (
            <Table mt="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admission.itemKind')}</Table.Th>
                  <Table.Th>{t('admission.itemDescription')}</Table.Th>
                  <Table.Th>{t('admission.itemQuantity')}</Table.Th>
                  <Table.Th>{t('admission.itemNote')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {h.items.map((item, i) => (
                  <Table.Tr key={`${item.description}-${i}`}>
                    <Table.Td>{t(`admission.itemKinds.${item.kind}`)}</Table.Td>
                    <Table.Td>{item.description}</Table.Td>
                    <Table.Td>{formatNumber(item.quantity)}</Table.Td>
                    <Table.Td>{item.note ?? t('common.none')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <Title order={5} mt="md" mb="xs">
        {t('profile.documents')}
      </Title>
      {p.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('profile.noDocuments')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {p.documents.map((d, i) => (
              <Table.Tr key={`${d.title}-${i}`}>
                <Table.Td>{d.title}</Table.Td>
                <Table.Td>{formatDateVN(d.receivedOn)}</Table.Td>
                <Table.Td>{d.hasFile ? t('profile.documentFiled') : t('profile.documentPaper')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
