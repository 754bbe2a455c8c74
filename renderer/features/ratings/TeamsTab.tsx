import { Button, Card, Group, Modal, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { QueryStatus } from '../../components/QueryStatus';
import { formatNumber } from '../../format/format';
import { CreateTeamForm } from './CreateTeamForm';
import { useTeams } from './hooks';
import { TeamMembersPanel } from './TeamMembersPanel';

/** "Tổ/đội": the teams with their officer and size, a new team, and the members of the one selected. */
export function TeamsTab() {
  const { t } = useTranslation();
  const teams = useTeams();
  const canManage = useCan('teams.manage');
  const [selected, setSelected] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  if (!teams.data) return <QueryStatus error={teams.error} onRetry={() => void teams.refetch()} />;
  const list = teams.data.teams;
  const team = list.find((x) => x.id === selected) ?? list[0] ?? null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card component="section" aria-label={t('ratings.teams.title')}>
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('ratings.teams.title')}</Title>
          {canManage && (
            <Button size="xs" onClick={() => setCreating(true)}>
              {t('ratings.teams.create')}
            </Button>
          )}
        </Group>
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ratings.teams.none')}
          </Text>
        ) : (
          <Table striped highlightOnHover data-testid="teams">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ratings.teams.name')}</Table.Th>
                <Table.Th>{t('ratings.teams.officer')}</Table.Th>
                <Table.Th ta="right">{t('ratings.teams.members')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((x) => (
                <Table.Tr key={x.id} bg={x.id === team?.id ? 'var(--mantine-color-blue-0)' : undefined}>
                  <Table.Td fw={500}>{x.name}</Table.Td>
                  <Table.Td>{x.officerName ?? '—'}</Table.Td>
                  <Table.Td ta="right">{formatNumber(x.memberCount)}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="subtle" onClick={() => setSelected(x.id)} aria-pressed={x.id === team?.id} aria-label={`${t('ratings.teams.select')}: ${x.name}`}>
                      {x.id === team?.id ? t('ratings.teams.selected') : t('ratings.teams.select')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {team ? <TeamMembersPanel team={team} canManage={canManage} /> : <Text size="sm" c="dimmed">{t('ratings.teams.chooseTeam')}</Text>}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('ratings.teams.createTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {creating && (
          <CreateTeamForm
            onDone={(id) => {
              setSelected(id);
              setCreating(false);
            }}
          />
        )}
      </Modal>
    </SimpleGrid>
  );
}
