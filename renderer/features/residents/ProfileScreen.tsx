import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../shared/contract/residents';
import { residentPath } from '../../app/routes';
import { Facts } from '../../components/Facts';
import { QueryStatus } from '../../components/QueryStatus';
import { formatBirth, formatDateVN, formatInstantDateVN, formatInstantVN } from '../../format/format';
import { Link } from '../../router/Link';
import { TermClockCard } from './TermClockCard';
import { useResident } from './hooks';

export function ProfileScreen({ stayId }: { stayId: number }) {
  const { t } = useTranslation();
  const profile = useResident(stayId);

  return (
    <Stack gap="md">
      <Link to="/hoc-vien" size="sm">
        ← {t('profile.back')}
      </Link>
      {profile.data ? (
        <Profile p={profile.data} />
      ) : (
        <QueryStatus error={profile.error} onRetry={() => void profile.refetch()} />
      )}
    </Stack>
  );
}

function Profile({ p }: { p: ResidentProfile }) {
  const { t } = useTranslation();
  const { person, stay } = p;
  const residence = [person.residence.address, person.residence.commune, person.residence.province].filter(Boolean).join(', ');

  return (
    <>
      <Group gap="sm" align="baseline">
        <Title order={2}>{person.fullName}</Title>
        <Text c="dimmed">{stay.fileNumber}</Text>
        <Badge variant="light" color={stay.state === 'discharged' ? 'gray' : 'teal'}>
          {t(`stayState.${stay.state}`)}
        </Badge>
      </Group>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <TermClockCard clock={p.clock} />
        <Card>
          <Title order={4} mb="sm">
            {t('profile.stay')}
          </Title>
          <Facts
            items={[
              { label: t('profile.fileNumber'), value: stay.fileNumber },
              { label: t('profile.kind'), value: t(`stayKind.${stay.kind}`) },
              { label: t('profile.admittedOn'), value: formatDateVN(stay.admittedOn) },
              {
                label: t('profile.term'),
                value: stay.termMonths === null ? t('common.none') : t('common.months', { count: stay.termMonths }),
              },
              {
                label: t('profile.bed'),
                value: p.bed?.label ?? (stay.state === 'discharged' ? t('common.none') : t('profile.noBed')),
              },
              ...(stay.isReadmission ? [{ label: t('profile.readmission'), value: t('common.yes') }] : []),
              ...(stay.dischargedOn ? [{ label: t('profile.dischargedOn'), value: formatDateVN(stay.dischargedOn) }] : []),
            ]}
          />
          {stay.court && (
            <>
              <Title order={5} mt="md" mb="xs">
                {t('profile.court')}
              </Title>
              <Facts
                items={[
                  { label: t('profile.courtName'), value: stay.court.court },
                  { label: t('profile.decisionNumber'), value: stay.court.decisionNumber },
                  { label: t('profile.decisionDate'), value: formatDateVN(stay.court.decisionDate) },
                ]}
              />
            </>
          )}
        </Card>
        <Card>
          <Title order={4} mb="sm">
            {t('profile.person')}
          </Title>
          <Facts
            items={[
              {
                label: t('profile.birth'),
                value: person.birthDate ? formatBirth(person.birthDate, person.birthYear) : t('profile.birthYearOnly', { year: person.birthYear }),
              },
              { label: t('profile.sex'), value: t(`sex.${person.sex}`) },
              {
                label: t('profile.citizenId'),
                value: person.citizenId
                  ? `${person.citizenId}${person.citizenIdKind ? ` (${t(`profile.citizenIdKind.${person.citizenIdKind}`)})` : ''}`
                  : t('common.none'),
              },
              { label: t('profile.residence'), value: residence || t('common.none') },
            ]}
          />
        </Card>
        <Card>
          <Title order={4} mb="sm">
            {t('profile.otherStays')}
          </Title>
          {p.otherStays.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('profile.noOtherStays')}
            </Text>
          ) : (
            <Stack gap={4}>
              {p.otherStays.map((s) => (
                <Group key={s.stayId} gap="sm">
                  <Link to={residentPath(s.stayId)} size="sm">
                    {s.fileNumber}
                  </Link>
                  <Text size="sm">{formatDateVN(s.admittedOn)}</Text>
                  <Badge size="sm" variant="light" color="gray">
                    {t(`stayState.${s.state}`)}
                  </Badge>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>

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
            {p.movements.map((m) => (
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
    </>
  );
}
