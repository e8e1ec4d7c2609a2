// Migrations in order. Add a file NNN_name.ts and list it here; never edit one that has shipped.
import * as m001 from './001_initial';
import * as m002 from './002_item_minutes';
import * as m003 from './003_decisions';
import * as m004 from './004_item_records';
import * as m005 from './005_attendance';
import * as m006 from './006_exports';
import * as m007 from './007_imports';
import * as m008 from './008_record';
import * as m009 from './009_audit_runs';
import * as m010 from './010_search';
import * as m011 from './011_meeting_end';
import * as m012 from './012_statutory_cycle';
import * as m013 from './013_import_sources';
import * as m014 from './014_search_blocks';
import * as m015 from './015_approved_reports';
import * as m016 from './016_exempt_basis';
import * as m017 from './017_declaration_interest';
import * as m018 from './018_minutes_save_id';
import * as m019 from './019_kept_minutes';
import * as m020 from './020_declaration_unstated';
import * as m021 from './021_declaration_kinds';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  m001,
  m002,
  m003,
  m004,
  m005,
  m006,
  m007,
  m008,
  m009,
  m010,
  m011,
  m012,
  m013,
  m014,
  m015,
  m016,
  m017,
  m018,
  m019,
  m020,
  m021,
];

export const latestVersion = migrations.length;

for (const [index, migration] of migrations.entries()) {
  if (migration.version !== index + 1) {
    throw new Error(`Migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`);
  }
}
