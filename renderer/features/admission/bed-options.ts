import type { ComboboxItemGroup, ComboboxItem } from '@mantine/core';
import type { AreaView } from '../../../shared/contract/beds';
import type { Sex } from '../../../shared/contract/fields';

/**
 * A compulsory adult goes to a compulsory area, or to the infectious-disease area when treated for a group A/B
 * disease (Luật 73/2021 Điều 35); temporary, minors', voluntary and discipline areas are not for admission.
 */
const admissionPurposes: readonly AreaView['purpose'][] = ['compulsory', 'infectious'];

/**
 * Free, in-service beds in the areas of the resident's sex that take a compulsory adult, grouped by area and
 * room as the officer walks them. The back end checks placement again; this keeps impossible choices off the list.
 */
export function freeBedOptions(board: AreaView[], sex: Sex): ComboboxItemGroup<ComboboxItem<number>, string>[] {
  const groups: ComboboxItemGroup<ComboboxItem<number>, string>[] = [];
  for (const area of board) {
    if (area.sex !== sex || !admissionPurposes.includes(area.purpose)) continue;
    for (const room of area.rooms) {
      const items = room.beds
        .filter((b) => b.inService && b.occupant === null)
        .map((b) => ({ value: b.id, label: `${area.code}-${room.code}-${b.code}` }));
      if (items.length > 0) groups.push({ group: `${area.code} ${area.name} · ${room.name}`, items });
    }
  }
  return groups;
}
