import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { users } from './users';

/**
 * One import of a register file (issue 10): where it came from, how it was read, what it wrote, and its undoing.
 * The stays and persons it created carry its id, so it can be undone as a whole while nothing was built on them.
 */
export const importBatches = sqliteTable('import_batches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  fileName: text('file_name').notNull(),
  sheet: text('sheet').notNull(),
  /** Data rows of the sheet read (skipped ones included). */
  rows: integer('rows').notNull(),
  mode: text('mode', { enum: ['all_or_nothing', 'valid_only'] }).notNull(),
  dataStart: integer('data_start').notNull(),
  mappingJson: text('mapping_json').notNull(),
  stays: integer('stays').notNull(),
  personsCreated: integer('persons_created').notNull(),
  personsMatched: integer('persons_matched').notNull(),
  rowsLeftOut: integer('rows_left_out').notNull(),
  /** Rows the import itself wrote beside the stays, so undo can tell them from anything recorded since. */
  movementsWritten: integer('movements_written').notNull(),
  decisionsWritten: integer('decisions_written').notNull(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: createdAt(),
  undoneAt: text('undone_at'),
  undoneBy: integer('undone_by').references(() => users.id),
  undoReason: text('undo_reason'),
});

/** The mapping an officer confirmed for a header, proposed again for a file with the same headers. */
export const importMappings = sqliteTable('import_mappings', {
  /** headerSignature(headers): the folded header texts. */
  signature: text('signature').primaryKey(),
  mappingJson: text('mapping_json').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
});
