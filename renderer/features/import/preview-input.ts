import type { MethodInput } from '../../../shared/contract';
import type { ColumnMapping } from '../../../shared/domain/import/types';

export const PAGE_SIZE = 50;

export interface PreviewBase {
  uploadId: string;
  sheet: string;
  dataStart: number;
  mapping: ColumnMapping;
}

/** One page of the preview; the first page of all rows is shared by the preview and the import step (one request). */
export function previewInput(base: PreviewBase, page = 1, onlyProblems = false): MethodInput<'import.preview'> {
  return { ...base, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, only: onlyProblems ? 'problems' : 'all' };
}
