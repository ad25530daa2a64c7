import { TouchstoneDb } from './schema';

/** The app's one database. Tests make their own with other names. */
export const db = new TouchstoneDb();
