import type { MethodOutput } from '../../../shared/contract';
import type { Ctx } from '../../router/types';
import { classRows } from './class-rows';
import type { Input } from './input';

/** The signed-in trainer's own classes first, then the latest start first. */
export function listClasses(ctx: Ctx, input: Input<'classes.list'>): MethodOutput<'classes.list'> {
  const classes = classRows(
    ctx.sqlite,
    `WHERE (@status IS NULL OR c.status = @status)
     ORDER BY c.trainer_id = @me DESC, c.starts_on DESC, c.id DESC`,
    { status: input.status ?? null, me: ctx.user?.id ?? null },
  );
  return { classes };
}
