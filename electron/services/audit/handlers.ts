import type { HandlerMap } from '../../router/types';
import { listAudit } from './list';
import { verifyAuditLog } from './verify';

export const auditHandlers: HandlerMap<'audit.list' | 'audit.verify'> = {
  'audit.list': (input, ctx) => listAudit(ctx.sqlite, input),
  'audit.verify': (_input, ctx) => verifyAuditLog(ctx.sqlite),
};
