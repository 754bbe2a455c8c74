import type { z } from 'zod';
import type { areaPurpose } from '../../../shared/contract/beds';
import type { Sex } from '../../../shared/contract/fields';

export type AreaPurpose = z.infer<typeof areaPurpose>;
export type { Sex };

/** In the order the law lists the separate areas (Luật 73/2021 Điều 35). */
export const areaPurposes: readonly AreaPurpose[] = ['temporary', 'compulsory', 'voluntary', 'minors', 'infectious', 'discipline'];
