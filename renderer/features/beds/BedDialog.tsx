import { Alert, Badge, Button, Group, Modal, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaView } from '../../../shared/contract/beds';
import { useCan } from '../../app/current-user';
import { residentPath } from '../../app/routes';
import { formatDateVN } from '../../format/format';
import { Link } from '../../router/Link';
import { BedHistoryPanel } from './BedHistoryPanel';
import { BedServiceForm } from './BedServiceForm';
import { bedLabel, type BedPlace } from './board-model';
import { ConfirmDelete } from './ConfirmDelete';
import { useDeleteBed } from './hooks';
import { MoveForm } from './MoveForm';

/** What can be done from one bed: move its resident or fill it, read its history, and (admin) its service. */
export function BedDialog({ place, board, onClose }: { place: BedPlace | null; board: AreaView[]; onClose: () => void }) {
  const { t } = useTranslation();
  const canMove = useCan('beds.move');
  const canManage = useCan('beds.manage');
  const remove = useDeleteBed();
  const [confirming, setConfirming] = useState(false);
  if (!place) return null;
  const { area, room, bed } = place;
  const label = bedLabel(area, room, bed);
  const o = bed.occupant;
  const movable = canMove && (o ? o.state === 'present' : bed.inService);

  return (
    <Modal opened onClose={onClose} title={t('beds.bed.title', { bed: label })} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm" mb="md">
        {o ? (
          <Group gap="xs">
            <Text fw={600}>{t('beds.bed.occupant')}:</Text>
            <Link to={residentPath(o.stayId)} fw={600}>
              {o.fullName ?? o.initials}
            </Link>
            <Badge variant="light" color={o.state === 'present' ? 'teal' : 'gray'}>
              {t(`stayState.${o.state}`)}
            </Badge>
            {o.override && (
              <Badge color="red" variant="light" title={o.overrideReason ?? ''}>
                ⚑ {t('beds.bed.override')}
              </Badge>
            )}
          </Group>
        ) : bed.inService ? (
          <Text>{t('beds.bed.free')}</Text>
        ) : (
          <Alert color="gray">{t('beds.bed.outSince', { date: formatDateVN(bed.outOfServiceSince), reason: bed.outOfServiceReason ?? '' })}</Alert>
        )}
        {o?.override && o.overrideReason && (
          <Text size="sm" c="red.8">
            {o.overrideReason}
          </Text>
        )}
      </Stack>
      <Tabs defaultValue={movable ? 'move' : 'history'} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="move">{t('beds.bed.tabMove')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('beds.bed.tabHistory')}</Tabs.Tab>
          {canManage && <Tabs.Tab value="manage">{t('beds.bed.tabManage')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="move">
          {!canMove ? (
            <Alert color="gray">{t('beds.bed.noMove')}</Alert>
          ) : o && o.state !== 'present' ? (
            <Alert color="gray">{t('beds.bed.state')}: {t(`stayState.${o.state}`)}</Alert>
          ) : !o && !bed.inService ? (
            <Alert color="gray">{t('beds.bed.outNoMove')}</Alert>
          ) : (
            <MoveForm
              subject={o ? { kind: 'move', stayId: o.stayId, fromBedId: bed.id, name: o.fullName ?? o.initials } : { kind: 'place', toBedId: bed.id }}
              board={board}
              onDone={onClose}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <BedHistoryPanel bedId={bed.id} />
        </Tabs.Panel>
        {canManage && (
          <Tabs.Panel value="manage">
            {o ? (
              <Alert color="gray">{t('beds.service.occupied')}</Alert>
            ) : (
              <Stack>
                <BedServiceForm bed={bed} label={label} onDone={onClose} />
                <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
                  {t('beds.service.deleteBed')}
                </Button>
              </Stack>
            )}
          </Tabs.Panel>
        )}
      </Tabs>
      <ConfirmDelete
        question={confirming ? t('beds.confirm.bed', { name: label }) : null}
        name={label}
        pending={remove.isPending}
        onConfirm={(cb) => remove.mutate({ bedId: bed.id }, { onSuccess: () => { cb.onSuccess(); onClose(); }, onError: cb.onError })}
        onClose={() => setConfirming(false)}
      />
    </Modal>
  );
}
