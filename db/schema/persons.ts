import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { importBatches } from './imports';

/** A person (Mẫu 19); each admission of the person is a stay. */
export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fullName: text('full_name').notNull(),
    familyName: text('family_name').notNull(),
    middleName: text('middle_name').notNull(),
    givenName: text('given_name').notNull(),
    /** Lower case, no diacritics, đ → d: what accent-free search matches. */
    nameFolded: text('name_folded').notNull(),
    /** Byte order equals Vietnamese order by tên, họ, tên đệm (shared/domain/names). */
    nameSortKey: text('name_sort_key').notNull(),
    otherNames: text('other_names'),
    /** Full date when known; otherwise only birthYear is set. */
    birthDate: text('birth_date'),
    birthYear: integer('birth_year').notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    /** Set when the person's body differs from their papers: a separate room is required (Luật 73/2021 Đ35 k3). */
    physicalSex: text('physical_sex', { enum: ['male', 'female'] }),
    citizenId: text('citizen_id'),
    citizenIdKind: text('citizen_id_kind', { enum: ['cccd', 'cmnd'] }),
    ethnicity: text('ethnicity'),
    religion: text('religion'),
    education: text('education'),
    occupation: text('occupation'),
    maritalStatus: text('marital_status'),
    permanentProvince: text('permanent_province'),
    permanentCommune: text('permanent_commune'),
    permanentOldDistrict: text('permanent_old_district'),
    permanentAddress: text('permanent_address'),
    currentProvince: text('current_province'),
    currentCommune: text('current_commune'),
    currentOldDistrict: text('current_old_district'),
    currentAddress: text('current_address'),
    drugsUsed: text('drugs_used'),
    yearsOfUse: integer('years_of_use'),
    previousRehabCount: integer('previous_rehab_count'),
    photoPath: text('photo_path'),
    /** The import that created the person; null for people entered in the app or matched by an import. */
    importBatchId: integer('import_batch_id').references(() => importBatches.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('persons_citizen_id').on(t.citizenId),
    index('persons_sort').on(t.nameSortKey),
    index('persons_folded_birth').on(t.nameFolded, t.birthYear),
  ],
);

export const familyContacts = sqliteTable(
  'family_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    phone: text('phone'),
    address: text('address'),
    createdAt: createdAt(),
  },
  (t) => [index('family_contacts_person').on(t.personId)],
);

/** Health flags are sensitive (NĐ 116 Điều 4): only roles that need them may read them. */
export const healthRecords = sqliteTable(
  'health_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    recordedOn: text('recorded_on').notNull(),
    hiv: integer('hiv', { mode: 'boolean' }),
    tuberculosis: integer('tuberculosis', { mode: 'boolean' }),
    hepatitis: integer('hepatitis', { mode: 'boolean' }),
    mentalDisorder: integer('mental_disorder', { mode: 'boolean' }),
    /** Group A/B infectious disease under treatment: decides the area (DOMAIN.md §5). */
    infectiousGroupAB: integer('infectious_group_ab', { mode: 'boolean' }),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('health_records_person').on(t.personId, t.recordedOn)],
);
