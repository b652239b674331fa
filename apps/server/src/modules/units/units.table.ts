import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * Both administrative eras live in one table. A unit is valid from/to a date; codes are
 * reused across eras (a new commune keeps an absorbed one's code), so the natural key
 * is (era, level, code). `path` is the materialised id path used for scope checks.
 */
export const adminUnit = pgTable(
  'admin_unit',
  {
    id: serial('id').primaryKey(),
    era: text('era').notNull(),
    level: text('level').notNull(),
    code: text('code').notNull(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    nameEn: text('name_en').notNull(),
    parentId: integer('parent_id'),
    path: text('path').notNull(),
    regionId: integer('region_id'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    search: text('search').notNull(),
  },
  (t) => [
    uniqueIndex('admin_unit_natural_key').on(t.era, t.level, t.code),
    index('admin_unit_parent').on(t.parentId),
    index('admin_unit_path').using('btree', sql`${t.path} text_pattern_ops`),
  ],
);

/** The 2025 reorganisation: which old unit (wholly or partly) became which new one. */
export const unitSuccession = pgTable(
  'unit_succession',
  {
    oldUnitId: integer('old_unit_id').notNull(),
    newUnitId: integer('new_unit_id').notNull(),
    mergeType: text('merge_type').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.oldUnitId, t.newUnitId] }),
    index('unit_succession_new').on(t.newUnitId),
  ],
);
