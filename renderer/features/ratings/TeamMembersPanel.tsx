import { Badge, Button, Card, Group, Modal, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import { residentPath } from '../../app/routes';
import { Link } from '../../router/Link';
import { AddMembersForm } from './AddMembersForm';
import { useTeamMembers } from './hooks';
import { LeaveTeamForm } from './LeaveTeamForm';
import { ExportButton } from '../../components/ExportButton';

type Team = MethodOutput<'teams.list'>['teams'][number];
type Member = MethodOutput<'teams.members'>['members'][number];

/** The residents of one team today, each with "Rời tổ", and "Thêm học viên" to put more in. */
export function TeamMembersPanel({ team, canManage }: { team: Team; canManage: boolean }) {
  const { t } = useTranslation();
  const members = useTeamMembers(team.id);
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<Member | null>(null);
  const title = t('ratings.teams.membersOf', { name: team.name });
  return (
    <Card component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{title}</Title>
        <Group gap="xs">
          {members.data && members.data.members.length > 0 && <ExportButton method="exports.teamMembers" input={{ teamId: team.id }} size="xs" />}
          {canManage && (
            <Button size="xs" onClick={() => setAdding(true)}>
              {t('ratings.teams.add')}
            </Button>
          )}
        </Group>
      </Group>
      {!members.data ? (
        <QueryStatus error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.members.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ratings.teams.noMembers')}
        </Text>
      ) : (
        <Table striped data-testid="team-members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ratings.name')}</Table.Th>
              <Table.Th>{t('ratings.fileNumber')}</Table.Th>
              <Table.Th>{t('ratings.teams.joinedOn')}</Table.Th>
              <Table.Th>{t('ratings.teams.state')}</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.members.map((m) => (
              <Table.Tr key={m.stayId}>
                <Table.Td>
                  <Link to={residentPath(m.stayId)} size="sm">
                    {m.fullName}
                  </Link>
                </Table.Td>
                <Table.Td>{m.fileNumber}</Table.Td>
                <Table.Td>{formatDateVN(m.joinedOn)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={m.state === 'present' ? 'teal' : 'orange'}>
                    {t(`stayState.${m.state}`, { defaultValue: m.state })}
                  </Badge>
                </Table.Td>
                {canManage && (
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => setLeaving(m)} aria-label={t('ratings.teams.leaveOf', { name: m.fullName })}>
                      {t('ratings.teams.leave')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} size="lg" title={t('ratings.teams.addTitle', { name: team.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {adding && <AddMembersForm teamId={team.id} onDone={() => setAdding(false)} />}
      </Modal>
      <Modal opened={leaving !== null} onClose={() => setLeaving(null)} title={t('ratings.teams.leaveTitle', { name: leaving?.fullName ?? '' })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {leaving && <LeaveTeamForm teamId={team.id} member={leaving} onDone={() => setLeaving(null)} />}
      </Modal>
    </Card>
  );
}
