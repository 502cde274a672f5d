// Entry point of the command-line tool (bin/remisskod.cjs runs the bundled build of this file).
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`remisskod: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  },
);
