import type { HandlerMap } from '../../router/types';
import { analyse } from './analyse';
import { openUpload } from './open';
import { preview } from './preview';
import { progressOf } from './progress';
import { runImport } from './run';
import { listBatches, undoImport } from './undo';

export const importHandlers: HandlerMap<
  'import.open' | 'import.analyse' | 'import.preview' | 'import.run' | 'import.progress' | 'import.batches' | 'import.undo'
> = {
  'import.open': (input, ctx) => openUpload(ctx, input),
  'import.analyse': (input, ctx) => analyse(ctx, input),
  'import.preview': (input, ctx) => preview(ctx, input),
  'import.run': (input, ctx) => runImport(ctx, input),
  'import.progress': (_input, ctx) => progressOf(ctx),
  'import.batches': (_input, ctx) => listBatches(ctx),
  'import.undo': (input, ctx) => undoImport(ctx, input),
};
