import { Text } from '@mantine/core';
import { formatDateVN, formatInstantVN } from '../../format/format';
import { isInstant } from './discharge-form';

/** A notice's due day or moment, in red once it is past. */
export function DueDate({ due, late }: { due: string; late: boolean }) {
  return (
    <Text size="sm" c={late ? 'red' : undefined} fw={late ? 600 : undefined}>
      {isInstant(due) ? formatInstantVN(due) : formatDateVN(due)}
    </Text>
  );
}
