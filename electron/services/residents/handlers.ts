import type { HandlerMap } from '../../router/types';
import { correctPerson } from './correct-person';
import { correctStay } from './correct-stay';
import { maskDrugHistoryChanges } from './drug-history';
import { correctionHistory } from './correction-history';
import { personPhoto } from './photo';
import { residentProfileOf } from './profile';
import { listResidents } from './queries';

type ResidentsMethods =
  | 'residents.list'
  | 'residents.get'
  | 'residents.photo'
  | 'residents.corrections'
  | 'persons.correct'
  | 'stays.correct';

export const residentsHandlers: HandlerMap<ResidentsMethods> = {
  'residents.list': (input, ctx) => listResidents(ctx.sqlite, input, ctx.today()),
  'residents.get': (input, ctx) => residentProfileOf(ctx, input.stayId),
  'residents.photo': (input, ctx) => ({ dataUrl: personPhoto(ctx.sqlite, input.personId) }),
  'residents.corrections': (input, ctx) =>
    correctionHistory(ctx.sqlite, input.stayId).map((c) => ({ ...c, changes: maskDrugHistoryChanges(ctx, c.changes) })),
  'persons.correct': (input, ctx) => correctPerson(ctx, input),
  'stays.correct': (input, ctx) => correctStay(ctx, input),
};
