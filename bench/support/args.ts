/**
 * `--name value` (or `--name=value`) options and the remaining positional arguments (the paths to
 * measure). A flag followed by another option (`--profile --warmup 10`) has the value "".
 */
export function parseArgs(argv: string[]): { options: Record<string, string>; positional: string[] } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2);
      options[name!] = inline ?? (argv[i + 1]?.startsWith("--") ? "" : (argv[++i] ?? ""));
    } else positional.push(arg);
  }
  return { options, positional };
}
