import type { z } from 'zod';
import type { importMethods } from '../../../shared/contract/import';

type Output<M extends keyof typeof importMethods> = z.output<(typeof importMethods)[M]['output']>;

/** The opened file and its sheets, as `import.open` returns them. */
export type Upload = Output<'import.open'>;
/** The header found and the mapping proposed for one sheet. */
export type Analysis = Output<'import.analyse'>;
export type Preview = Output<'import.preview'>;
export type PreviewRow = Preview['rows'][number];
export type ImportSummary = Preview['summary'];
export type RunResult = Output<'import.run'>;
export type Batch = Output<'import.batches'>[number];
