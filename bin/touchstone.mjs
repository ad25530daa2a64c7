#!/usr/bin/env node
// The `touchstone` command (package.json "bin"). It runs the TypeScript of cli/ and shared/
// through tsx, a development dependency, so it works in any checkout after `npm install`,
// as `npx touchstone` or `node bin/touchstone.mjs`, with nothing to build first.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
