/**
 * The `tandem` command line: `npm run tandem -- <command> [args]`.
 *
 *   validate <file>   checks a template; prints every problem, exits 1 if there are any
 *   diagram <file>    prints the template as a Mermaid flowchart
 *   start, incident, keys   talk to a running stack (see stack-commands.ts)
 *   migrate           move running instances onto a later template version (migrate-command.ts)
 *   companies, people, groups, relationships   the directory (see directory-commands.ts)
 *
 * Exit codes: 0 success, 1 the template is invalid, 2 the command was used wrongly
 * (unknown command, missing or unreadable file). New commands go in {@link COMMANDS}.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toMermaid } from '../definitions/diagram.js';
import { loadTemplateFile } from '../definitions/load.js';
import type { Template } from '../definitions/template.js';
import type { TemplateError } from '../definitions/template-error.js';
import { directoryCommands } from './directory-commands.js';
import { migrateCommands } from './migrate-command.js';
import { stackCommands } from './stack-commands.js';

/** Where a command writes: separated so tests can capture output without a process. */
export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

/** One CLI command. `run` resolves to the process exit code. */
export interface Command {
  usage: string;
  summary: string;
  run(args: readonly string[], output: CommandOutput): Promise<number> | number;
}

/** Exit codes, so scripts calling the CLI can tell "invalid template" from "wrong usage". */
export const ExitCode = { Ok: 0, Invalid: 1, Usage: 2 } as const;

/** Every command, by name. */
export const COMMANDS: Record<string, Command> = {
  validate: {
    usage: 'validate <file>',
    summary: 'check a template file and print every problem',
    run: (args, output) =>
      withTemplate('validate', args, output, (template) => {
        output.out(`valid: ${template.id}@${template.version}`);
        return ExitCode.Ok;
      }),
  },
  diagram: {
    usage: 'diagram <file>',
    summary: 'print a template as a Mermaid flowchart',
    run: (args, output) =>
      withTemplate('diagram', args, output, (template) => {
        output.out(toMermaid(template).trimEnd());
        return ExitCode.Ok;
      }),
  },
  ...stackCommands,
  ...migrateCommands,
  ...directoryCommands,
};

/** Loads the template named by the first argument, reports its problems, or hands it on. */
function withTemplate(name: string, args: readonly string[], output: CommandOutput, use: (template: Template) => number): number {
  const file = args[0];
  if (file === undefined || args.length > 1) {
    output.err(`usage: tandem ${COMMANDS[name]?.usage ?? name}`);
    return ExitCode.Usage;
  }
  if (!existsSync(file)) {
    output.err(`cannot read ${file}: no such file`);
    return ExitCode.Usage;
  }
  const result = loadTemplateFile(file);
  if (result.ok) return use(result.template);
  for (const error of result.errors) output.out(formatError(error));
  output.err(`${path.basename(file)}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}`);
  return ExitCode.Invalid;
}

/** One error per line: `path: message [code]`. */
export function formatError(error: TemplateError): string {
  return `${error.path || '(template)'}: ${error.message} [${error.code}]`;
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([, command]) => `  ${command.usage.padEnd(18)} ${command.summary}`);
  return ['usage: npm run tandem -- <command> [args]', '', 'commands:', ...lines].join('\n');
}

/** Runs the command named by the first argument; resolves to the exit code. */
export async function main(argv: readonly string[], output: CommandOutput): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    output.err(usage());
    return name === undefined ? ExitCode.Usage : ExitCode.Ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    output.err(`unknown command "${name}"; use one of ${Object.keys(COMMANDS).join(', ')}`);
    return ExitCode.Usage;
  }
  try {
    return await command.run(args, output);
  } catch (error) {
    output.err(`tandem ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return ExitCode.Usage;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const code = await main(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
  process.exitCode = code;
}
