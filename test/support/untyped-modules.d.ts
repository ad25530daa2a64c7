// Test-only packages that ship no types: only what the test server uses of them.
declare module 'express' {
  import type { Server } from 'node:http';
  interface App {
    use(handler: unknown): void;
    listen(port: number, host: string, callback: () => void): Server;
  }
  const express: () => App;
  export default express;
}
declare module 'express-pouchdb' {
  const expressPouchdb: (pouch: unknown, options: Record<string, unknown>) => unknown;
  export default expressPouchdb;
}
