import { Alert, Badge, Button, Card, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaView } from '../../../shared/contract/beds';
import { useCan } from '../../app/current-user';
import { residentPath } from '../../app/routes';
import { PageTitle } from '../../components/PageTitle';
import { QueryStatus } from '../../components/QueryStatus';
import { formatNumber } from '../../format/format';
import { Link } from '../../router/Link';
import { AreaForm } from './AreaForm';
import { useBedBoard } from './hooks';
import { RoomForm } from './RoomForm';

type Room = AreaView['rooms'][number];
type Bed = Room['beds'][number];

/** Areas → rooms → beds, each occupied bed naming its resident; the administrator adds areas and rooms here. */
export function BedBoardScreen() {
  const { t } = useTranslation();
  const board = useBedBoard();
  const canManage = useCan('beds.manage');
  const [addingArea, setAddingArea] = useState(false);
  const [roomFor, setRoomFor] = useState<AreaView | null>(null);

  return (
    <>
      <PageTitle actions={canManage ? <Button onClick={() => setAddingArea(true)}>{t('beds.addArea')}</Button> : undefined}>
        {t('beds.title')}
      </PageTitle>
      {!canManage && (
        <Alert color="gray" mb="md">
          {t('beds.readOnly')}
        </Alert>
      )}
      {!board.data ? (
        <QueryStatus error={board.error} onRetry={() => void board.refetch()} />
      ) : board.data.length === 0 ? (
        <Card>
          <Text>{canManage ? t('beds.empty') : t('beds.emptyReadOnly')}</Text>
        </Card>
      ) : (
        <Stack gap="md">
          {board.data.map((area) => (
            <AreaCard key={area.id} area={area} onAddRoom={canManage ? () => setRoomFor(area) : undefined} />
          ))}
        </Stack>
      )}

      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={addingArea} onClose={() => setAddingArea(false)} title={t('beds.areaForm.title')}>
        <AreaForm onDone={() => setAddingArea(false)} />
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={roomFor !== null}
        onClose={() => setRoomFor(null)}
        title={roomFor ? t('beds.roomForm.title', { area: `${roomFor.code} · ${roomFor.name}` }) : ''}
        size="lg"
      >
        {roomFor && <RoomForm areaId={roomFor.id} onDone={() => setRoomFor(null)} />}
      </Modal>
    </>
  );
}

function AreaCard({ area, onAddRoom }: { area: AreaView; onAddRoom: (() => void) | undefined }) {
  const { t } = useTranslation();
  const c = area.counts;
  return (
    <Card component="section" aria-label={`${area.code} · ${area.name}`}>
      <Group justify="space-between" align="start" mb="sm">
        <div>
          <Group gap="xs">
            <Title order={3}>
              {area.code} · {area.name}
            </Title>
            <Badge variant="light">{t(`areaPurpose.${area.purpose}`)}</Badge>
            <Badge variant="light" color={area.sex === 'male' ? 'blue' : 'pink'}>
              {t(`sex.${area.sex}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            {t('beds.areaCounts', {
              occupied: formatNumber(c.occupied),
              free: formatNumber(c.free),
              beds: formatNumber(c.beds),
              working: formatNumber(c.working),
              design: formatNumber(c.design),
            })}
          </Text>
        </div>
        {onAddRoom && (
          <Button variant="light" onClick={onAddRoom}>
            {t('beds.addRoom')}
          </Button>
        )}
      </Group>
      {area.rooms.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('beds.noRooms')}
        </Text>
      ) : (
        <Stack gap="md">
          {area.rooms.map((room) => (
            <RoomBlock key={room.id} areaCode={area.code} room={room} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function RoomBlock({ areaCode, room }: { areaCode: string; room: Room }) {
  const { t } = useTranslation();
  return (
    <div>
      <Group gap="xs" mb={6}>
        <Text fw={600}>
          {areaCode}-{room.code} · {room.name}
        </Text>
        <Text size="sm" c="dimmed">
          {t('beds.roomCapacity', { working: room.workingCapacity, design: room.designCapacity, beds: room.beds.length })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4, md: 6, xl: 8 }} spacing="xs">
        {room.beds.map((bed) => (
          <BedTile key={bed.id} bed={bed} />
        ))}
      </SimpleGrid>
    </div>
  );
}

function BedTile({ bed }: { bed: Bed }) {
  const { t } = useTranslation();
  const occupied = bed.occupant !== null;
  const label = bed.occupant ? t('beds.occupiedBy', { bed: bed.code, name: bed.occupant.fullName }) : t('beds.freeBed', { bed: bed.code });
  return (
    <Paper
      withBorder
      p="xs"
      bg={occupied ? 'teal.0' : bed.inService ? undefined : 'gray.1'}
      title={label}
      data-testid={`bed-${bed.id}`}
      data-occupied={occupied}
    >
      <Text size="xs" c="dimmed">
        {bed.code}
      </Text>
      {bed.occupant ? (
        <Link to={residentPath(bed.occupant.stayId)} size="sm" fw={600} lineClamp={1}>
          {bed.occupant.fullName}
        </Link>
      ) : (
        <Text size="sm" c={bed.inService ? 'dimmed' : 'red.8'}>
          {bed.inService ? t('beds.free') : t('beds.outOfService')}
        </Text>
      )}
    </Paper>
  );
}
