// Installs fake-indexeddb's IndexedDB globals in Node, for the examples that use IndexedDB.
import 'fake-indexeddb/auto';
