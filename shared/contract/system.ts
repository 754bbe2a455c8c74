import { z } from 'zod';
import { method } from './define';

export const systemMethods = {
  'system.health': method({
    summary: 'Answers with the app version; GET /api/health calls it.',
    access: 'public',
    kind: 'query',
    input: z.object({}),
    output: z.object({ version: z.string() }),
  }),
};
