// The one writer connection's type, on its own so that every store module can name it without
// importing the code that opens the file.
import type Database from 'better-sqlite3';

export type Db = Database.Database;
