import { Alert, Button, Card, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaView, RoomView } from '../../../shared/contract/beds';
import { useCan } from '../../app/current-user';
import { PageTitle } from '../../components/PageTitle';
import { QueryStatus } from '../../components/QueryStatus';
import { AddBedsForm } from './AddBedsForm';
import { AreaForm } from './AreaForm';
import { AreaSection, type AreaAction } from './AreaSection';
import { BedDialog } from './BedDialog';
import { BoardToolbar } from './BoardToolbar';
import { findBed } from './board-model';
import { ConfirmDelete } from './ConfirmDelete';
import { useBedBoard, useDeleteArea, useDeleteRoom } from './hooks';
import type { RoomAction } from './RoomBlock';
import { RoomForm } from './RoomForm';

type Dialog =
  | { kind: 'newArea' }
  | { kind: 'area'; area: AreaView; action: AreaAction }
  | { kind: 'room'; room: RoomView; action: RoomAction };

/**
 * The bed board: every area and room as a grid of beds, with filters, collapsible areas, compact cells and a
 * privacy mode (initials only, sent so by the back end). A bed opens its dialog to move, place or read history;
 * the administrator manages areas, rooms and beds from here too.
 */
export function BedBoardScreen() {
  const { t } = useTranslation();
  const canManage = useCan('beds.manage');
  const [privacy, setPrivacy] = useState(false);
  const [compact, setCompact] = useState(false);
  const [areaFilter, setAreaFilter] = useState<string[]>([]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [openBedId, setOpenBedId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const board = useBedBoard(privacy);
  const deleteArea = useDeleteArea();
  const deleteRoom = useDeleteRoom();

  const toggle = useCallback((id: number) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const onAreaAction = useCallback((area: AreaView, action: AreaAction) => setDialog({ kind: 'area', area, action }), []);
  const onRoomAction = useCallback((room: RoomView, action: RoomAction) => setDialog({ kind: 'room', room, action }), []);
  const areas = board.data ?? [];
  const shown = useMemo(
    () => (areaFilter.length === 0 ? areas : areas.filter((a) => areaFilter.includes(String(a.id)))),
    [areas, areaFilter],
  );
  const place = openBedId === null ? null : findBed(areas, openBedId);
  const close = () => setDialog(null);
  const roomArea = dialog?.kind === 'room' ? areas.find((a) => a.rooms.some((r) => r.id === dialog.room.id)) : undefined;

  return (
    <>
      <PageTitle actions={canManage ? <Button onClick={() => setDialog({ kind: 'newArea' })}>{t('beds.addArea')}</Button> : undefined}>
        {t('beds.title')}
      </PageTitle>
      {!canManage && (
        <Alert color="gray" mb="md">
          {t('beds.readOnly')}
        </Alert>
      )}
      {!board.data ? (
        <QueryStatus error={board.error} onRetry={() => void board.refetch()} />
      ) : areas.length === 0 ? (
        <Card>
          <Text>{canManage ? t('beds.empty') : t('beds.emptyReadOnly')}</Text>
        </Card>
      ) : (
        <>
          <BoardToolbar
            board={areas}
            areaFilter={areaFilter}
            onAreaFilter={setAreaFilter}
            privacy={privacy}
            onPrivacy={setPrivacy}
            compact={compact}
            onCompact={setCompact}
            onExpandAll={() => setCollapsed(new Set())}
            onCollapseAll={() => setCollapsed(new Set(areas.map((a) => a.id)))}
          />
          <Stack gap="md">
            {shown.map((area) => (
              <AreaSection
                key={area.id}
                area={area}
                collapsed={collapsed.has(area.id)}
                compact={compact}
                onToggle={toggle}
                onOpenBed={setOpenBedId}
                onAreaAction={canManage ? onAreaAction : undefined}
                onRoomAction={canManage ? onRoomAction : undefined}
              />
            ))}
          </Stack>
        </>
      )}

      <BedDialog key={openBedId ?? 0} place={place} board={areas} onClose={() => setOpenBedId(null)} />
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={dialog?.kind === 'newArea' || (dialog?.kind === 'area' && dialog.action === 'edit')}
        onClose={close}
        title={dialog?.kind === 'area' ? t('beds.areaForm.editTitle', { area: dialog.area.code }) : t('beds.areaForm.title')}
      >
        <AreaForm key={dialog?.kind === 'area' ? dialog.area.id : 0} {...(dialog?.kind === 'area' ? { area: dialog.area } : {})} onDone={close} />
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={(dialog?.kind === 'area' && dialog.action === 'addRoom') || (dialog?.kind === 'room' && dialog.action === 'edit')}
        onClose={close}
        title={
          dialog?.kind === 'area'
            ? t('beds.roomForm.title', { area: `${dialog.area.code} · ${dialog.area.name}` })
            : dialog?.kind === 'room'
              ? t('beds.roomForm.editTitle', { room: `${roomArea?.code ?? ''}-${dialog.room.code}` })
              : ''
        }
        size="lg"
      >
        {dialog?.kind === 'area' && <RoomForm areaId={dialog.area.id} onDone={close} />}
        {dialog?.kind === 'room' && roomArea && <RoomForm areaId={roomArea.id} room={dialog.room} onDone={close} />}
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={dialog?.kind === 'room' && dialog.action === 'addBeds'}
        onClose={close}
        title={dialog?.kind === 'room' ? t('beds.addBedsForm.title', { room: `${roomArea?.code ?? ''}-${dialog.room.code}` }) : ''}
      >
        {dialog?.kind === 'room' && <AddBedsForm roomId={dialog.room.id} onDone={close} />}
      </Modal>
      <ConfirmDelete
        question={
          dialog?.kind === 'area' && dialog.action === 'delete'
            ? t('beds.confirm.area', { name: dialog.area.code })
            : dialog?.kind === 'room' && dialog.action === 'delete'
              ? t('beds.confirm.room', { name: `${roomArea?.code ?? ''}-${dialog.room.code}` })
              : null
        }
        name={dialog?.kind === 'area' ? dialog.area.code : dialog?.kind === 'room' ? dialog.room.code : ''}
        pending={deleteArea.isPending || deleteRoom.isPending}
        onConfirm={(cb) => {
          if (dialog?.kind === 'area') deleteArea.mutate({ areaId: dialog.area.id }, cb);
          else if (dialog?.kind === 'room') deleteRoom.mutate({ roomId: dialog.room.id }, cb);
        }}
        onClose={close}
      />
    </>
  );
}
