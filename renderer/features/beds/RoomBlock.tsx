import { ActionIcon, Badge, Group, Menu, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomView } from '../../../shared/contract/beds';
import { formatNumber } from '../../format/format';
import classes from './BedBoard.module.css';
import { BedCell } from './BedCell';

export type RoomAction = 'edit' | 'addBeds' | 'delete';

interface Props {
  areaCode: string;
  room: RoomView;
  compact: boolean;
  onOpenBed: (bedId: number) => void;
  /** Present only for the administrator. */
  onAction: ((room: RoomView, action: RoomAction) => void) | undefined;
}

/** A room's line (capacity, flags, over-capacity warning) and its grid of beds. */
export const RoomBlock = memo(function RoomBlock({ areaCode, room, compact, onOpenBed, onAction }: Props) {
  const { t } = useTranslation();
  const label = `${areaCode}-${room.code}`;
  return (
    <div role="group" aria-label={`${label} · ${room.name}`} className={classes.room}>
      <Group gap="xs" mb={4} wrap="wrap">
        <Text fw={600} size="sm">
          {label} · {room.name}
        </Text>
        <Text size="xs" c="dimmed">
          {t('beds.roomCapacity', { working: room.workingCapacity, design: room.designCapacity, beds: room.beds.length })}
          {room.floorAreaM2 !== null && ` · ${t('beds.roomFloor', { m2: formatNumber(room.floorAreaM2) })}`}
        </Text>
        {room.separateRoom && (
          <Badge size="xs" variant="light" color="grape">
            {t('beds.roomSeparate')}
          </Badge>
        )}
        {room.care24h && (
          <Badge size="xs" variant="light" color="cyan">
            {t('beds.roomCare24h')}
          </Badge>
        )}
        {room.overCapacity && (
          <Badge size="xs" color="orange">
            {t('beds.roomOver', { occupied: room.occupied, working: room.workingCapacity })}
          </Badge>
        )}
        {onAction && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" size="sm" aria-label={t('beds.room.actions', { room: label })}>
                ⋯
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onAction(room, 'edit')}>{t('beds.room.edit')}</Menu.Item>
              <Menu.Item onClick={() => onAction(room, 'addBeds')}>{t('beds.room.addBeds')}</Menu.Item>
              <Menu.Item color="red" onClick={() => onAction(room, 'delete')}>
                {t('beds.room.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <div className={`${classes.grid} ${compact ? classes.compact : ''}`}>
        {room.beds.map((bed) => (
          <BedCell key={bed.id} bed={bed} room={room} compact={compact} onOpen={onOpenBed} t={t} />
        ))}
      </div>
    </div>
  );
});
