/**
 * What a separately run worker or API process connects to. In production (`NODE_ENV=production`)
 * every service is configured: DATABASE_URL, SMTP_URL and SIGNING_SECRET are required. Elsewhere
 * what is not configured comes from a running `npm start` (its database, mail catcher, Temporal
 * and signing secret), so a second worker or API can join a development stack.
 */
import { ConfigError, type Config } from '../../config.js';
import { localSigningSecret } from './signing-secret.js';
import { findDatabaseUrl, readStack, stackDataDir } from './stack-file.js';

/** The configuration with every service resolved. */
export interface Services {
  config: Config & { SIGNING_SECRET: string };
  databaseUrl: string;
  smtpUrl: string;
}

/** Resolves the services of a worker or API process; throws {@link ConfigError} naming what is missing. */
export async function resolveServices(config: Config, env: NodeJS.ProcessEnv = process.env): Promise<Services> {
  if (config.NODE_ENV === 'production') {
    const missing = (['DATABASE_URL', 'SMTP_URL', 'SIGNING_SECRET'] as const).filter((name) => !config[name]);
    if (missing.length > 0) throw new ConfigError(missing.map((name) => `${name}: required when NODE_ENV=production`));
  }
  const dataDir = stackDataDir(env);
  const stack = readStack(dataDir);
  const smtpUrl = config.SMTP_URL ?? stack?.smtpUrl;
  if (!smtpUrl) throw new ConfigError(['SMTP_URL: not set and no running `npm start` whose mail catcher could be used']);
  const temporalAddress = env['TEMPORAL_ADDRESS'] ? config.TEMPORAL_ADDRESS : (stack?.temporalAddress ?? config.TEMPORAL_ADDRESS);
  return {
    config: { ...config, TEMPORAL_ADDRESS: temporalAddress, SIGNING_SECRET: config.SIGNING_SECRET ?? localSigningSecret(dataDir) },
    databaseUrl: await findDatabaseUrl(config.DATABASE_URL, dataDir),
    smtpUrl,
  };
}

/** Runs `stop` once on SIGINT or SIGTERM, then exits. */
export function stopOnSignal(name: string, stop: () => Promise<void>): void {
  let stopping: Promise<void> | undefined;
  const handler = () => {
    stopping ??= stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`[${name}] stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

/** Prints a start failure: a configuration problem as its message, anything else with its stack. */
export function reportStartFailure(name: string, error: unknown): never {
  console.error(error instanceof ConfigError ? error.message : `${name} could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}
