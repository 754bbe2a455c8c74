import { ActionIcon, Badge, Button, Card, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaView, RoomView } from '../../../shared/contract/beds';
import { formatNumber } from '../../format/format';
import { RoomBlock, type RoomAction } from './RoomBlock';

export type AreaAction = 'edit' | 'addRoom' | 'delete';

interface Props {
  area: AreaView;
  collapsed: boolean;
  compact: boolean;
  onToggle: (areaId: number) => void;
  onOpenBed: (bedId: number) => void;
  onAreaAction: ((area: AreaView, action: AreaAction) => void) | undefined;
  onRoomAction: ((room: RoomView, action: RoomAction) => void) | undefined;
}

/** An area: its header with purpose, sex and counts (click to collapse), then its rooms. */
export const AreaSection = memo(function AreaSection(p: Props) {
  const { t } = useTranslation();
  const { area, collapsed } = p;
  const c = area.counts;
  const title = `${area.code} · ${area.name}`;
  return (
    <Card component="section" aria-label={title} padding="md">
      <Group justify="space-between" align="start" wrap="nowrap">
        <UnstyledButton
          onClick={() => p.onToggle(area.id)}
          aria-expanded={!collapsed}
          aria-label={t(collapsed ? 'beds.area.expand' : 'beds.area.collapse', { area: title })}
          style={{ flex: 1 }}
        >
          <Group gap="xs">
            <Text fw={700} size="lg" aria-hidden>
              {collapsed ? '▸' : '▾'}
            </Text>
            <Text fw={700} size="lg" component="h3" m={0}>
              {title}
            </Text>
            <Badge variant="light">{t(`areaPurpose.${area.purpose}`)}</Badge>
            <Badge variant="light" color={area.sex === 'male' ? 'blue' : 'pink'}>
              {t(`sex.${area.sex}`)}
            </Badge>
            {c.overCapacity > 0 && <Badge color="orange">{t('beds.areaOver', { count: c.overCapacity })}</Badge>}
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            {t('beds.areaCounts', {
              occupied: formatNumber(c.occupied),
              free: formatNumber(c.free),
              beds: formatNumber(c.beds),
              present: formatNumber(c.present),
              working: formatNumber(c.working),
              design: formatNumber(c.design),
            })}
            {c.outOfService > 0 && ` · ${t('beds.areaOutOfService', { count: c.outOfService })}`}
          </Text>
        </UnstyledButton>
        {p.onAreaAction && (
          <Group gap="xs" wrap="nowrap">
            <Button variant="light" size="xs" onClick={() => p.onAreaAction?.(area, 'addRoom')}>
              {t('beds.addRoom')}
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" aria-label={t('beds.area.actions', { area: title })}>
                  ⋯
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => p.onAreaAction?.(area, 'edit')}>{t('beds.area.edit')}</Menu.Item>
                <Menu.Item color="red" onClick={() => p.onAreaAction?.(area, 'delete')}>
                  {t('beds.area.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      {!collapsed && (
        <Stack gap="sm" mt="sm">
          {area.rooms.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('beds.noRooms')}
            </Text>
          ) : (
            area.rooms.map((room) => (
              <RoomBlock key={room.id} areaCode={area.code} room={room} compact={p.compact} onOpenBed={p.onOpenBed} onAction={p.onRoomAction} />
            ))
          )}
        </Stack>
      )}
    </Card>
  );
});
