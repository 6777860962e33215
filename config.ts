/**
 * Tandem's configuration: read once from the environment at start and checked by zod,
 * so a bad value stops the process with one message naming the variable, before
 * anything has started half-way. Every variable and its default is listed in the README.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseNetworks, type DestinationPolicy, type Network } from './activities/webhooks/destination.js';

const port = z.coerce.number().int().min(1).max(65535);

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'use true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const optionalUrl = (protocols: string[], example: string) =>
  z
    .string()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `use a URL such as ${example}`)
    .optional();

const ConfigSchema = z.object({
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^\s:/]+:\d{1,5}$/, 'use host:port, e.g. 127.0.0.1:7233 or my-ns.a1b2c.tmprl.cloud:7233')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, dots, dashes').default('tandem'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('tandem'),
  TEMPORAL_TLS: flag.default(false),
  TEMPORAL_TLS_CERT: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY: z.string().min(1).optional(),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/tandem'),
  SMTP_URL: optionalUrl(['smtp:', 'smtps:'], 'smtp://user:password@mail.example.com:587'),
  MAIL_FROM: z.string().min(3).default('Tandem <tandem@localhost>'),
  MAIL_UI_PORT: port.default(1080),
  MAIL_SMTP_PORT: port.default(1025),
  API_PORT: port.default(3000),
  PUBLIC_BASE_URL: optionalUrl(['http:', 'https:'], 'https://tandem.example.com'),
  SIGNING_SECRET: z.string().min(32, 'use at least 32 random characters, e.g. from `openssl rand -hex 32`').optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  NODE_ENV: z.string().optional(),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(10_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(12),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_ALLOW_LOCAL_HTTP: flag.optional(),
  // Internal networks webhooks may reach after all (local development); none by default.
  WEBHOOK_ALLOWED_NETWORKS: z
    .string()
    .transform((value, context): Network[] => {
      try {
        return parseNetworks(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    })
    .default([]),
  /** How long the mail dispatcher waits to connect, for the greeting, and for each SMTP reply; the lease on a mail is longer. */
  MAIL_SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(10),
  SIGN_IN_LINK_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  SIGN_IN_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  WEBHOOK_DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** How often the API looks for ended instances that still hold funds and releases them; 0 turns it off. */
  LEDGER_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  /** How often the API hands over open tasks that deactivated people still hold; 0 turns it off. */
  HAND_OVER_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  /** How often the API removes `Starting` rows of starts that never reached Temporal; 0 turns it off. */
  STARTING_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  // Worker tuning; unset leaves the Temporal SDK's default (README, "Worker tuning").
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(1_000_000).optional(),
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: z.coerce.number().int().min(2).max(10_000).optional(),
  WORKER_MAX_CONCURRENT_ACTIVITY_TASKS: z.coerce.number().int().min(1).max(10_000).optional(),
  WORKER_WORKFLOW_POLLERS: z.coerce.number().int().min(2).max(1_000).optional(),
  WORKER_ACTIVITY_POLLERS: z.coerce.number().int().min(1).max(1_000).optional(),
  WORKER_STICKY_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).optional(),
  /** Where `npm run worker` serves its Temporal SDK metrics in Prometheus format (`/metrics`); unset: none. */
  WORKER_METRICS_PORT: port.optional(),
});

/** Tandem's configuration with defaults applied. */
export type Config = z.infer<typeof ConfigSchema>;

/** Thrown when the environment holds a missing or malformed value. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Tandem's configuration is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment. Empty strings count as unset, so `FOO= npm start` falls back to
 * the default. Throws {@link ConfigError} naming every bad variable and its expected form.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}=${JSON.stringify(present[String(issue.path[0])] ?? '')}: ${issue.message}`),
    );
  }
  const config = parsed.data;
  const problems: string[] = [];
  if (Boolean(config.TEMPORAL_TLS_CERT) !== Boolean(config.TEMPORAL_TLS_KEY)) {
    problems.push('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY: set both (mTLS client certificate and key files) or neither');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The base URL used in emailed links: `PUBLIC_BASE_URL`, else the local API. */
export function publicBaseUrl(config: Config): string {
  return (config.PUBLIC_BASE_URL ?? `http://localhost:${config.API_PORT}`).replace(/\/$/, '');
}

/**
 * Whether webhook URLs may be plain http to localhost / 127.0.0.1 / [::1]: when
 * `WEBHOOK_ALLOW_LOCAL_HTTP` says so, else everywhere but `NODE_ENV=production`.
 */
export function allowsLocalWebhooks(config: Config): boolean {
  return config.WEBHOOK_ALLOW_LOCAL_HTTP ?? config.NODE_ENV !== 'production';
}

/**
 * How long the mail dispatcher's claim on a mail lasts: longer than an attempt can take
 * (connecting, the greeting and the five replies of a delivery, each within
 * `MAIL_SMTP_TIMEOUT_MS`, plus composing), so no other dispatcher sends the row while this
 * one still may.
 */
export function mailLeaseMs(config: Config): number {
  return 7 * config.MAIL_SMTP_TIMEOUT_MS + 30_000;
}

/** Where webhook deliveries may go: public addresses, plus `WEBHOOK_ALLOWED_NETWORKS`. */
export function webhookDestinationPolicy(config: Config): DestinationPolicy {
  return { allowed: config.WEBHOOK_ALLOWED_NETWORKS };
}

/** The worker options set by WORKER_* variables; the SDK's defaults stand for the others. */
export function workerTuning(config: Config): {
  maxCachedWorkflows?: number;
  maxConcurrentWorkflowTaskExecutions?: number;
  maxConcurrentActivityTaskExecutions?: number;
  maxConcurrentWorkflowTaskPolls?: number;
  maxConcurrentActivityTaskPolls?: number;
  stickyQueueScheduleToStartTimeout?: number;
} {
  const chosen = {
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: config.WORKER_MAX_CONCURRENT_ACTIVITY_TASKS,
    maxConcurrentWorkflowTaskPolls: config.WORKER_WORKFLOW_POLLERS,
    maxConcurrentActivityTaskPolls: config.WORKER_ACTIVITY_POLLERS,
    stickyQueueScheduleToStartTimeout: config.WORKER_STICKY_QUEUE_TIMEOUT_MS,
  };
  return Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== undefined));
}

/** Connection options for a Temporal client or worker: plain, mTLS or API key (Temporal Cloud). */
export function temporalConnectionOptions(config: Config): {
  address: string;
  tls?: boolean | { clientCertPair: { crt: Buffer; key: Buffer } };
  apiKey?: string;
} {
  const options: ReturnType<typeof temporalConnectionOptions> = { address: config.TEMPORAL_ADDRESS };
  if (config.TEMPORAL_TLS_CERT && config.TEMPORAL_TLS_KEY) {
    options.tls = { clientCertPair: { crt: readFileSync(config.TEMPORAL_TLS_CERT), key: readFileSync(config.TEMPORAL_TLS_KEY) } };
  } else if (config.TEMPORAL_TLS || config.TEMPORAL_API_KEY) {
    options.tls = true;
  }
  if (config.TEMPORAL_API_KEY) options.apiKey = config.TEMPORAL_API_KEY;
  return options;
}
