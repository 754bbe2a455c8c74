import type { HandlerMap } from '../../router/types';
import { sessionSheet, takeAttendance } from './attendance';
import { classCandidates, schoolList } from './candidates';
import { createClass } from './class-create';
import { listClasses } from './class-list';
import { setClassStatus } from './class-status';
import { getClass } from './class-view';
import { enrol } from './enrol';
import { trainingFigures } from './figures';
import { trainingHome } from './home';
import { recordResults } from './results';
import { createTrade, listTrades, updateTrade } from './trades';
import { activeTrainers } from './trainers';
import { withdraw } from './withdraw';

/** Handlers of vocational training: trades, classes and enrolment, sessions and attendance, results, the trainer's day, figures. */
export const trainingHandlers: HandlerMap<
  | 'trades.list'
  | 'trades.create'
  | 'trades.update'
  | 'training.trainers'
  | 'classes.list'
  | 'classes.create'
  | 'classes.setStatus'
  | 'classes.get'
  | 'classes.candidates'
  | 'classes.enrol'
  | 'classes.withdraw'
  | 'sessions.sheet'
  | 'sessions.take'
  | 'classes.recordResults'
  | 'training.home'
  | 'training.schoolList'
  | 'training.figures'
> = {
  'trades.list': (_input, ctx) => listTrades(ctx.sqlite),
  'trades.create': (input, ctx) => createTrade(ctx, input),
  'trades.update': (input, ctx) => updateTrade(ctx, input),
  'training.trainers': (_input, ctx) => activeTrainers(ctx.sqlite),
  'classes.list': (input, ctx) => listClasses(ctx, input),
  'classes.create': (input, ctx) => createClass(ctx, input),
  'classes.setStatus': (input, ctx) => setClassStatus(ctx, input),
  'classes.get': (input, ctx) => getClass(ctx.sqlite, input.classId),
  'classes.candidates': (input, ctx) => classCandidates(ctx.sqlite, input.classId, input.query, ctx.today()),
  'classes.enrol': (input, ctx) => enrol(ctx, input),
  'classes.withdraw': (input, ctx) => withdraw(ctx, input),
  'sessions.sheet': (input, ctx) => sessionSheet(ctx.sqlite, input.sessionId),
  'sessions.take': (input, ctx) => takeAttendance(ctx, input),
  'classes.recordResults': (input, ctx) => recordResults(ctx, input),
  'training.home': (_input, ctx) => trainingHome(ctx),
  'training.schoolList': (_input, ctx) => schoolList(ctx.sqlite, ctx.today()),
  'training.figures': (input, ctx) => trainingFigures(ctx.sqlite, input),
};
