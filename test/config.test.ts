import { describe, expect, it } from 'vitest';
import { allowsLocalWebhooks, ConfigError, loadConfig, publicBaseUrl, temporalConnectionOptions, workerTuning } from '../config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('applies the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ TEMPORAL_ADDRESS: '127.0.0.1:7233', TEMPORAL_NAMESPACE: 'tandem', TEMPORAL_TASK_QUEUE: 'tandem', API_PORT: 3000, TEMPORAL_UI_PORT: 8233, MAIL_UI_PORT: 1080 });
    expect(publicBaseUrl(config)).toBe('http://localhost:3000');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ API_PORT: '' }).API_PORT).toBe(3000);
  });

  it('names every bad variable with its value and the expected form', () => {
    const problems = problemsOf({ API_PORT: '70000', TEMPORAL_ADDRESS: 'http://x', DATABASE_URL: 'mysql://db', SIGNING_SECRET: 'short' });
    expect(problems).toHaveLength(4);
    expect(problems.find((problem) => problem.startsWith('API_PORT="70000"'))).toBeDefined();
    expect(problems.find((problem) => problem.startsWith('TEMPORAL_ADDRESS="http://x": use host:port'))).toBeDefined();
    expect(problems.find((problem) => problem.startsWith('DATABASE_URL="mysql://db": use a URL such as postgres://'))).toBeDefined();
    expect(problems.find((problem) => problem.includes('SIGNING_SECRET') && problem.includes('at least 32'))).toBeDefined();
  });

  it('requires a TLS certificate and key together', () => {
    expect(problemsOf({ TEMPORAL_TLS_CERT: '/tmp/cert.pem' })[0]).toContain('set both');
  });

  it('connects to Temporal Cloud over TLS when an API key is given', () => {
    const options = temporalConnectionOptions(loadConfig({ TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233', TEMPORAL_API_KEY: 'key' }));
    expect(options).toEqual({ address: 'ns.acct.tmprl.cloud:7233', tls: true, apiKey: 'key' });
  });

  it('allows plain-http webhooks to localhost outside production unless told otherwise, and checks webhook timings', () => {
    expect(allowsLocalWebhooks(loadConfig({}))).toBe(true);
    expect(allowsLocalWebhooks(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(allowsLocalWebhooks(loadConfig({ NODE_ENV: 'production', WEBHOOK_ALLOW_LOCAL_HTTP: 'true' }))).toBe(true);
    expect(allowsLocalWebhooks(loadConfig({ WEBHOOK_ALLOW_LOCAL_HTTP: 'false' }))).toBe(false);
    expect(loadConfig({})).toMatchObject({ WEBHOOK_RETRY_BASE_MS: 10_000, WEBHOOK_MAX_ATTEMPTS: 12, WEBHOOK_TIMEOUT_MS: 10_000 });
    expect(problemsOf({ WEBHOOK_RETRY_BASE_MS: 'soon' })).toHaveLength(1);
    expect(problemsOf({ WEBHOOK_MAX_ATTEMPTS: '0' })[0]).toMatch(/^WEBHOOK_MAX_ATTEMPTS="0"/);
  });

  it('reads the webhook network allowlist and refuses a malformed entry by name', () => {
    expect(loadConfig({}).WEBHOOK_ALLOWED_NETWORKS).toEqual([]);
    expect(loadConfig({ WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32,::1' }).WEBHOOK_ALLOWED_NETWORKS).toEqual([
      { address: '127.0.0.1', prefix: 32, family: 'ipv4' },
      { address: '::1', prefix: 128, family: 'ipv6' },
    ]);
    expect(problemsOf({ WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32,localhost' })[0]).toContain('"localhost" is not a network');
    expect(loadConfig({}).WEBHOOK_DELIVERY_RETENTION_DAYS).toBe(30);
  });

  it('tunes the worker from WORKER_* variables, leaves the rest to the SDK, and refuses values the SDK cannot use', () => {
    expect(workerTuning(loadConfig({}))).toEqual({});
    const tuned = workerTuning(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '2000', WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '40', WORKER_WORKFLOW_POLLERS: '8', WORKER_STICKY_QUEUE_TIMEOUT_MS: '3000' }));
    expect(tuned).toEqual({ maxCachedWorkflows: 2000, maxConcurrentWorkflowTaskExecutions: 40, maxConcurrentWorkflowTaskPolls: 8, stickyQueueScheduleToStartTimeout: 3000 });
    expect(problemsOf({ WORKER_WORKFLOW_POLLERS: '1', WORKER_MAX_CONCURRENT_ACTIVITY_TASKS: 'many' }).map((problem) => problem.split('=')[0])).toEqual(['WORKER_MAX_CONCURRENT_ACTIVITY_TASKS', 'WORKER_WORKFLOW_POLLERS']);
  });
});
