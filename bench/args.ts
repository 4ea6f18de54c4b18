// The command line every benchmark reads: `--json` prints the figures as JSON (and no progress), `--name value`
// sets an option.
export const args = process.argv.slice(2);
export const asJson = args.includes("--json");

/** The value after `name`, if given. */
export function option(name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

/** A number option with its default. */
export const arg = (name: string, fallback: number) => Number(option(name) ?? fallback);

/** Progress on stderr, silent with --json. */
export const log = (m: string) => !asJson && process.stderr.write(`${m}\n`);
