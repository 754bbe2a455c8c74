import type { HandlerMap } from '../../router/types';
import { exempt, exemptions } from './exempt';
import { workFigures } from './figures';
import { approveRun, draftRun, getRun, listRuns } from './pay';
import { createProduct, listProducts, setRate } from './products';
import { reverseLine } from './reverse';
import { recordWork, workSheet } from './sheet';

/** Handlers of work therapy: products and rates, a team's day, reversals, exemptions, the monthly pay run, figures. */
export const workHandlers: HandlerMap<
  | 'products.list'
  | 'products.create'
  | 'products.setRate'
  | 'work.sheet'
  | 'work.record'
  | 'work.reverse'
  | 'work.exempt'
  | 'work.exemptions'
  | 'pay.list'
  | 'pay.draft'
  | 'pay.get'
  | 'pay.approve'
  | 'work.figures'
> = {
  'products.list': (input, ctx) => listProducts(ctx, input),
  'products.create': (input, ctx) => createProduct(ctx, input),
  'products.setRate': (input, ctx) => setRate(ctx, input),
  'work.sheet': (input, ctx) => workSheet(ctx, input),
  'work.record': (input, ctx) => recordWork(ctx, input),
  'work.reverse': (input, ctx) => reverseLine(ctx, input),
  'work.exempt': (input, ctx) => exempt(ctx, input),
  'work.exemptions': (input, ctx) => exemptions(ctx, input),
  'pay.list': (_input, ctx) => listRuns(ctx.sqlite),
  'pay.draft': (input, ctx) => draftRun(ctx, input),
  'pay.get': (input, ctx) => getRun(ctx.sqlite, input),
  'pay.approve': (input, ctx) => approveRun(ctx, input),
  'work.figures': (input, ctx) => workFigures(ctx.sqlite, input),
};
