import { Card, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { formatInstantDateVN, formatInstantVN } from '../../../format/format';

/** Everything that happened to the stay, as recorded, late entries showing both times. */
export function MovementsCard({ movements }: { movements: ResidentProfile['movements'] }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Title order={4} mb="sm">
        {t('profile.movements')}
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('profile.occurredOn')}</Table.Th>
            <Table.Th>{t('profile.movementType')}</Table.Th>
            <Table.Th>{t('profile.reason')}</Table.Th>
            <Table.Th>{t('profile.recordedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {movements.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{formatInstantDateVN(m.occurredAt)}</Table.Td>
              <Table.Td>{t(`movementType.${m.type}`)}</Table.Td>
              <Table.Td>{m.reason ?? t('common.none')}</Table.Td>
              <Table.Td>{formatInstantVN(m.recordedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
