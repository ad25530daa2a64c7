import { nodeIo } from './node-io';
import { runCli } from './run';

// The `touchstone` command: bin/touchstone.mjs loads this file. The logic is in run.ts.
try {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo);
} catch (error) {
  process.stderr.write(
    `touchstone: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
