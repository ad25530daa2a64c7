// Every DOM test gets an in-memory IndexedDB.
import 'fake-indexeddb/auto';
