// Entry point of the command-line tool (bin/remisskod.cjs runs the bundled build of this file).
import { runCli } from './run-cli';

// Piping into `head` closes stdout early: that is not an error for the user.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

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
