// A small argument parser for the CLI: positionals, --key value, --key=value and boolean flags.
import { CliError } from './cli-io';

export interface ParsedArgs {
  positionals: string[];
  string: (name: string) => string | undefined;
  strings: (name: string) => string[];
  flag: (name: string) => boolean;
}

export function parseArgs(argv: string[], booleanFlags: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (booleanFlags.includes(name)) {
      flags.add(name);
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new CliError(`The option --${name} needs a value.`, 2);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return {
    positionals,
    string: (name) => values.get(name)?.at(-1),
    strings: (name) => values.get(name) ?? [],
    flag: (name) => flags.has(name),
  };
}
