import { Alert, Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { formatDateVN } from '../../../format/format';

type Records = Extract<ResidentProfile['health'], { visible: true }>['records'];
const flags = ['hiv', 'tuberculosis', 'hepatitis', 'mentalDisorder', 'infectiousGroupAB'] as const;

/**
 * Health data, confidential (NĐ 116 Điều 4): the back end sends it only to the medical team and the head;
 * everyone else sees that it exists and who may read it, not a single value.
 */
export function HealthCard({ health }: { health: ResidentProfile['health'] }) {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-label={t('profile.health')}>
      <Title order={4} mb="sm">
        {t('profile.health')}
      </Title>
      {!health.visible ? (
        <Alert color="gray" title={t('profile.healthRestrictedTitle')} data-testid="health-restricted">
          {t('profile.healthRestricted')}
        </Alert>
      ) : (
        <>
          <Text size="sm" fw={600}>
            {t('admission.onArrival')}
          </Text>
          <Text size="sm" mb="md">
            {health.onArrival ?? t('common.none')}
          </Text>
          <HealthRecords records={health.records} />
        </>
      )}
    </Card>
  );
}

function HealthRecords({ records }: { records: Records }) {
  const { t } = useTranslation();
  if (records.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('profile.noHealthRecords')}
      </Text>
    );
  }
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('profile.recordedOn')}</Table.Th>
          <Table.Th>{t('profile.findings')}</Table.Th>
          <Table.Th>{t('profile.healthNote')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((r, i) => (
          <Table.Tr key={`${r.recordedOn}-${i}`}>
            <Table.Td>{formatDateVN(r.recordedOn)}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {flags.filter((f) => r[f]).map((f) => (
                  <Badge key={f} size="sm" color="red" variant="light">
                    {t(`profile.healthFlags.${f}`)}
                  </Badge>
                ))}
                {flags.every((f) => !r[f]) && <Text size="sm">{t('profile.noFindings')}</Text>}
              </Group>
            </Table.Td>
            <Table.Td>{r.note ?? t('common.none')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
