import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { residentPath } from '../../../app/routes';
import { formatDateVN } from '../../../format/format';
import { Link } from '../../../router/Link';
import { stateColor } from '../ResidentTable';

/** Every stay of the person, newest first, the one on screen marked; the others open their own profile. */
export function StaysHistoryCard({ p }: { p: ResidentProfile }) {
  const { t } = useTranslation();
  const current = { ...p.stay, stayId: p.stay.id };
  const all = [current, ...p.otherStays].sort((a, b) => b.admittedOn.localeCompare(a.admittedOn));
  return (
    <Card component="section" aria-label={t('profile.allStays')}>
      <Title order={4} mb="sm">
        {t('profile.allStays')}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('profile.fileNumber')}</Table.Th>
            <Table.Th>{t('profile.kind')}</Table.Th>
            <Table.Th>{t('profile.admittedOn')}</Table.Th>
            <Table.Th>{t('profile.dischargedOn')}</Table.Th>
            <Table.Th>{t('profile.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {all.map((s) => (
            <Table.Tr key={s.stayId} bg={s.stayId === p.stay.id ? 'teal.0' : undefined}>
              <Table.Td>
                {s.stayId === p.stay.id ? (
                  <Text size="sm" fw={600}>
                    {s.fileNumber} ({t('profile.thisStay')})
                  </Text>
                ) : (
                  <Link to={residentPath(s.stayId)} size="sm">
                    {s.fileNumber}
                  </Link>
                )}
              </Table.Td>
              <Table.Td>{t(`stayKind.${s.kind}`)}</Table.Td>
              <Table.Td>{formatDateVN(s.admittedOn)}</Table.Td>
              <Table.Td>{s.dischargedOn ? formatDateVN(s.dischargedOn) : t('common.none')}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={stateColor(s.state)}>
                  {t(`stayState.${s.state}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
