import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { users } from './users';

/** Plain settings (file number pattern, report period convention, header texts…). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value_json').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
});

/**
 * Legal figures with their citation. A change is a new row with its effective date; old rows stay, so a stay
 * is judged by the rules in force at the time.
 */
export const legalParameters = sqliteTable(
  'legal_parameters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    value: text('value_json').notNull(),
    citation: text('citation').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('legal_parameters_key_from').on(t.key, t.effectiveFrom)],
);
