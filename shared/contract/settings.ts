import { z } from 'zod';
import { method } from './define';

export const settingsMethods = {
  'settings.legal': method({
    summary: 'Every legal figure with its citation and the date it takes effect, history included.',
    access: 'settings.read',
    kind: 'query',
    input: z.object({}),
    output: z.array(z.object({ key: z.string(), value: z.unknown(), citation: z.string(), effectiveFrom: z.string() })),
  }),
  'audit.list': method({
    summary: 'The newest audit rows: who, when, which method, which entity, before and after.',
    access: 'audit.read',
    kind: 'query',
    input: z.object({ limit: z.number().int().min(1).max(1000).default(100) }),
    output: z.array(
      z.object({
        id: z.number(),
        at: z.string(),
        username: z.string().nullable(),
        method: z.string(),
        entity: z.string(),
        entityId: z.string().nullable(),
        before: z.unknown(),
        after: z.unknown(),
      }),
    ),
  }),
};
