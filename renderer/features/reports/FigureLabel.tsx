import { Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FigureKey } from '../../../shared/domain/report-figures';
import { useFigureText } from './labels';

/** A figure's name with what it counts on hover (and on keyboard focus), so every number says what it means. */
export function FigureLabel({ figure, children }: { figure: FigureKey; children?: ReactNode }) {
  const text = useFigureText();
  return (
    <Tooltip label={text.definition(figure)} multiline w={340} withArrow openDelay={150} events={{ hover: true, focus: true, touch: true }}>
      <Text span inherit tabIndex={0} style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }} data-figure={figure}>
        {children ?? text.label(figure)}
      </Text>
    </Tooltip>
  );
}
