import { z } from 'zod';
import { method } from './define';
import { id } from './fields';
import { residentsListInput } from './residents';
import { rollMethods } from './roll';
import { trainingMethods } from './training';
import { workMethods } from './work';
import { bedsMethods } from './beds';
import { listExportsMethods } from './exports-lists';
import { recordExportsMethods } from './exports-records';

/**
 * Excel export of every list (issue 10): each method takes the list's own filters, is open to exactly the roles that
 * may read the list, and returns the .xlsx (Vietnamese headers, real dates, a frozen header row) as base64.
 */

const xlsxFile = z.object({ fileName: z.string(), base64: z.string() });

export const exportsMethods = {
  'exports.residents': method({
    summary:
      'The residents list as the register (Sổ quản lý người cai nghiện): one row per stay with exactly the import’s ' +
      'columns, so the file imports back. With `allStays` every stay ever recorded, past ones included; otherwise ' +
      'the stays the list shows for the same filters, every page.',
    access: 'residents.read',
    kind: 'query',
    input: residentsListInput.omit({ limit: true, offset: true }).extend({ allStays: z.boolean().default(false) }),
    output: xlsxFile,
  }),
  'exports.beds': method({
    summary:
      'The bed board: every bed with its room, area, service state and occupant (initials only with privacy on), and the ' +
      'counts per area; only the areas chosen on the board when `areaIds` is given.',
    access: bedsMethods['beds.board'].access,
    kind: 'query',
    input: bedsMethods['beds.board'].input.extend({ areaIds: z.array(id('Khu')).max(500, 'Tối đa 500 khu').optional() }),
    output: xlsxFile,
  }),
  'exports.roll': method({
    summary: 'The roll sheet of an area (or the whole facility) for a day and roll time: as saved with its amendments, or the expected list.',
    access: rollMethods['roll.expected'].access,
    kind: 'query',
    input: rollMethods['roll.expected'].input,
    output: xlsxFile,
  }),
  'exports.classes': method({
    summary: 'The vocational classes list for the same status filter, with trade, trainer, dates, schedule and counts.',
    access: trainingMethods['classes.list'].access,
    kind: 'query',
    input: trainingMethods['classes.list'].input,
    output: xlsxFile,
  }),
  'exports.classRoster': method({
    summary: 'One class’s residents (enrolled, waiting and withdrawn) with attendance, result and certificate.',
    access: trainingMethods['classes.get'].access,
    kind: 'query',
    input: trainingMethods['classes.get'].input,
    output: xlsxFile,
  }),
  'exports.work': method({
    summary:
      'A team’s work output of a day, one row per output line (members without output on a row of their own), with hours ' +
      'against the caps; a medical exemption’s reason only for roles with health.read.',
    access: workMethods['work.sheet'].access,
    kind: 'query',
    input: workMethods['work.sheet'].input,
    output: xlsxFile,
  }),
  ...recordExportsMethods,
  ...listExportsMethods,
};
