import type { MethodName } from '../../../shared/contract';
import type { HandlerMap } from '../../router/types';
import { moveBed } from '../movements/bed-move';
import { legal } from '../settings/legal';
import { areaAdminHandlers } from './admin-areas';
import { bedAdminHandlers } from './admin-beds';
import { roomAdminHandlers } from './admin-rooms';
import { bedBoard } from './board';
import { placementCandidates } from './candidates';
import { bedHistoryHandlers } from './history';

const boardHandlers: HandlerMap<'beds.board' | 'beds.move' | 'beds.candidates' | 'beds.norms'> = {
  'beds.board': (input, ctx) => bedBoard(ctx.sqlite, input.privacy ?? false),
  'beds.move': (input, ctx) => moveBed(input, ctx),
  'beds.candidates': (input, ctx) => placementCandidates(ctx.sqlite, input.query ?? '', input.limit ?? 50),
  'beds.norms': (_input, ctx) => {
    const norm = legal(ctx.sqlite, 'room.m2_per_person', ctx.today());
    return { ...norm.value, citation: norm.citation, effectiveFrom: norm.effectiveFrom };
  },
};

type BedsMethod = Extract<MethodName, `beds.${string}`>;

/** Every beds.* method: the board and moves, the history, and the administrator's areas, rooms and beds. */
export const bedsHandlers: HandlerMap<BedsMethod> = {
  ...boardHandlers,
  ...bedHistoryHandlers,
  ...areaAdminHandlers,
  ...roomAdminHandlers,
  ...bedAdminHandlers,
};
