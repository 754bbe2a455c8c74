import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { AreaView } from '../../../shared/contract/beds';
import { placementRefusals, type PlacementRules, type ResidentForPlacement } from '../../../shared/domain/placement';

export type BedGroups = ComboboxItemGroup<ComboboxItem<number>, string>[];

/**
 * Free, in-service beds grouped by area and room as the officer walks them. Without `anyRule`, only the beds the
 * separation rules allow for this resident (the same pure rules the back end applies again on saving); with it
 * (the head's override), every free bed.
 */
export function freeBedOptions(board: AreaView[], resident: ResidentForPlacement, rules: PlacementRules, anyRule = false): BedGroups {
  const groups: BedGroups = [];
  for (const area of board) {
    for (const room of area.rooms) {
      // Every free bed of a room fits or none does: the rules read the area and the room, not the bed.
      const freeBed = { inService: true, occupiedByStayId: null, areaSex: area.sex, areaPurpose: area.purpose, separateRoom: room.separateRoom, roomOthers: room.occupied };
      if (!anyRule && placementRefusals(freeBed, resident, rules).length > 0) continue;
      const items = room.beds
        .filter((b) => b.inService && b.occupant === null)
        .map((b) => ({ value: b.id, label: `${area.code}-${room.code}-${b.code}` }));
      if (items.length > 0) groups.push({ group: `${area.code} ${area.name} · ${room.name}`, items });
    }
  }
  return groups;
}
