/// <reference types="vite/client" />
/// <reference types="pouchdb-core" />
/// <reference types="pouchdb-replication" />

/** The app's version, from package.json at build time. */
declare const __APP_VERSION__: string;
