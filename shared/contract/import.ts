import { z } from 'zod';
import { importFields, problemCodes } from '../domain/import/types';
import { method } from './define';
import { id, text } from './fields';

/** The Excel/CSV import wizard (issue 10): open a file, find its header, map columns, preview, import, undo. */

const uploadId = z.string({ error: 'Tệp nhập: bắt buộc' }).min(1, 'Tệp nhập: bắt buộc').max(100);
const sheet = text('Trang tính', 200);
const field = z.enum(importFields, { error: 'Trường không hợp lệ' });
export const columnMapping = z.array(field.nullable()).max(200, 'Tối đa 200 cột');
const dataStart = z.number().int('Dòng dữ liệu: số nguyên').min(0, 'Dòng dữ liệu không hợp lệ').max(1_048_576);

const problem = z.object({
  column: z.number().nullable(),
  field: field.nullable(),
  code: z.enum(problemCodes),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  action: z.string(),
});

const previewRow = z.object({
  rowNumber: z.number(),
  status: z.enum(['ok', 'warning', 'error', 'skipped']),
  skipReason: z.enum(['blank', 'subtotal', 'repeated_header']).optional(),
  /** The row as it will be written, field by field, formatted for the screen (dates dd/mm/yyyy, kind in words). */
  values: z.record(z.string(), z.string()),
  /** The person already in the register this row is matched to, if any (not created twice). */
  matchedPerson: z.object({ personId: z.number(), fullName: z.string(), fileNumbers: z.array(z.string()) }).nullable(),
  /** The bed a present resident will be placed in, from the area and room the register names ("A-P03-G02"). */
  bed: z.string().nullable(),
  problems: z.array(problem),
});

const summary = z.object({
  rows: z.number(),
  ok: z.number(),
  warnings: z.number(),
  errors: z.number(),
  skipped: z.number(),
  newPersons: z.number(),
  matchedPersons: z.number(),
});

const runMapping = z.object({ uploadId, sheet, dataStart, mapping: columnMapping });

export const importMethods = {
  'import.open': method({
    summary:
      'Reads an .xlsx or .csv file (base64, up to 20 MB) and keeps it for the wizard in memory until imported or ' +
      'replaced; returns its sheets. Unreadable files are refused with a clear message.',
    access: 'import.manage',
    kind: 'query',
    async: true,
    input: z.object({
      fileName: text('Tên tệp', 255).refine((n) => /\.(xlsx|csv)$/i.test(n), 'Chỉ nhận tệp .xlsx hoặc .csv'),
      contentBase64: z.string({ error: 'Nội dung tệp: bắt buộc' }).min(1, 'Tệp rỗng').max(28_000_000, 'Tệp quá lớn (tối đa 20 MB)'),
    }),
    output: z.object({
      uploadId: z.string(),
      fileName: z.string(),
      sheets: z.array(z.object({ name: z.string(), rows: z.number(), columns: z.number() })),
    }),
  }),
  'import.analyse': method({
    summary:
      "Finds a sheet's header row (merged two-row headers joined) and proposes a field for each column by its header " +
      'text, with and without accents; a mapping remembered for the same headers is proposed instead.',
    access: 'import.manage',
    kind: 'query',
    input: z.object({ uploadId, sheet }),
    output: z.object({
      dataStart: z.number(),
      headerTop: z.number(),
      columns: z.array(z.object({ index: z.number(), letter: z.string(), header: z.string(), samples: z.array(z.string()) })),
      mapping: columnMapping,
      remembered: z.boolean(),
    }),
  }),
  'import.preview': method({
    summary:
      'Every row as it will be imported with each problem named per row and cell and what the import will do about ' +
      'it; people already in the register are matched. Paged; `only: "problems"` lists rows with a problem.',
    access: 'import.manage',
    kind: 'query',
    input: runMapping.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      only: z.enum(['all', 'problems']).default('all'),
    }),
    output: z.object({ summary, total: z.number(), rows: z.array(previewRow) }),
  }),
  'import.run': method({
    summary:
      'Imports in one transaction: `all_or_nothing` refuses the whole file while any row has an error; `valid_only` ' +
      'imports the rows without errors and leaves the others out, as the preview listed them. Each created stay ' +
      'records the source file and row; a present resident is placed in the bed the preview named (a bed move). ' +
      'Remembers the mapping for these headers. Follow it with `import.progress`.',
    access: 'import.manage',
    kind: 'command',
    async: true,
    input: runMapping.extend({ mode: z.enum(['all_or_nothing', 'valid_only'], { error: 'Chọn cách nhập' }) }),
    output: z.object({
      batchId: z.number(),
      stays: z.number(),
      personsCreated: z.number(),
      personsMatched: z.number(),
      rowsLeftOut: z.number(),
      bedsAssigned: z.number(),
    }),
  }),
  'import.progress': method({
    summary: 'The running import: rows done of rows to write; null when none runs.',
    access: 'import.manage',
    kind: 'query',
    whileBusy: true,
    input: z.object({}),
    output: z.object({ done: z.number(), total: z.number() }).nullable(),
  }),
  'import.batches': method({
    summary: 'Past imports: file, sheet, when, by whom, what they created, and whether they can still be undone.',
    access: 'import.manage',
    kind: 'query',
    input: z.object({}),
    output: z.array(
      z.object({
        id: z.number(),
        fileName: z.string(),
        sheet: z.string(),
        importedAt: z.string(),
        importedBy: z.string().nullable(),
        stays: z.number(),
        personsCreated: z.number(),
        undoneAt: z.string().nullable(),
        /** Why it can no longer be undone (something was recorded on an imported stay since), or null. */
        undoBlocked: z.string().nullable(),
      }),
    ),
  }),
  'import.undo': method({
    summary:
      'Removes everything an import created (stays, their movements, beds and papers, persons it created), refused ' +
      'once anything has been recorded on an imported stay or person since (a later bed move included).',
    access: 'import.manage',
    kind: 'command',
    input: z.object({ batchId: id('Lần nhập'), reason: text('Lý do', 500) }),
    output: z.object({ stays: z.number(), persons: z.number() }),
  }),
};
