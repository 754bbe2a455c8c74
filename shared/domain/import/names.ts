import { normaliseFullName } from '../names';
import { cellText } from './text';
import type { Cell } from './types';

/** "NGUYỄN  VĂN AN" → "Nguyễn Văn An": every word capitalised, accents kept, spaces collapsed; '' when empty. */
export function readName(cell: Cell): string {
  return normaliseFullName(cellText(cell));
}
