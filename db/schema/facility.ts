import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';

/** The one facility this database registers (id is always 1). */
export const facility = sqliteTable('facility', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  governingUnit: text('governing_unit').notNull(),
  address: text('address').notNull(),
  designCapacity: integer('design_capacity').notNull(),
  createdAt: createdAt(),
});
