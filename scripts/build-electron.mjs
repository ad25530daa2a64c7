// Bundles the main process and the preload into out/main and out/preload with esbuild.
// Both are CommonJS: the main process is loaded by Electron as package.json "main"; the
// preload runs sandboxed, where it may require nothing but `electron`, so everything else
// (shared/, zod) is bundled into it.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'out/main/index.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'out/preload/index.cjs' }),
]);
