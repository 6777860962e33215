/**
 * The HTTP edge. Public routes (health, docs) first, then everything behind an API key
 * with a per-key rate limit; every error leaves through one mapper, so a client never
 * sees a stack trace or a database error.
 */
import type { RequestListener } from 'node:http';
import type { Client } from '@temporalio/client';
import express from 'express';
import type pg from 'pg';
import { linkSignerFor } from '../activities/mail/index.js';
import { authenticate, KeyRateLimit } from './auth/middleware.js';
import { VerifiedKeys } from './auth/verified-keys.js';
import type { ChangeFeed } from './changes.js';
import { conditionalGets } from './conditional.js';
import { docsPage } from './docs-page.js';
import { ApiError, errorMapper } from './errors.js';
import { strictJson } from './text-edge.js';
import { healthRoutes, type HealthDependencies } from './health.js';
import { openIncidentCount } from './incidents.js';
import { metrics, openIncidentsGauge, requestLog } from './observability.js';
import { openApiDocument } from './openapi.js';
import { actRoutes } from './routes/act.js';
import { consoleRoutes } from './routes/console.js';
import { budgetRoutes } from './routes/budgets.js';
import { directoryRoutes } from './routes/directory.js';
import { fundRequestRoutes } from './routes/fund-requests.js';
import { instanceStatusRoute, type InstanceStatusRoute } from './routes/instance-status.js';
import { incidentRoutes } from './routes/incidents.js';
import { jointRoutes } from './routes/joint.js';
import { instanceRoutes } from './routes/instances.js';
import { keyRoutes } from './routes/keys.js';
import { reportRoutes } from './routes/reports.js';
import { taskRoutes } from './routes/tasks.js';
import { templateBodyParser, templateRoutes } from './routes/templates.js';
import { webhookRoutes } from './routes/webhooks.js';
import { handOverRoutes } from './routes/hand-over.js';
import { identityProviderRoutes } from './routes/identity-provider.js';
import { meRoutes } from './routes/me.js';
import { migrationRoutes } from './routes/migrations.js';
import { signInRoutes } from './routes/sign-in.js';
import { ADMIN_SESSION_PATHS, adminSessions } from './session/admin.js';
import { insecureCookiesAllowed } from './session/middleware.js';
import { SignInSigner } from './session/sign-in-token.js';
import type { DestinationPolicy } from '../activities/webhooks/index.js';

/** How people sign in (see the README, "Signing in"). */
export interface SignInSettings {
  /** The sender of sign-in mails. */
  from: string;
  /** The base of links in mails and of the OIDC redirect URI (read when needed: a server on port 0 learns its URL after it listens). */
  publicBaseUrl: () => string;
  linkMinutes: number;
  /** Sign-in requests (asking for links, opening them, provider callbacks) per client address per minute. */
  requestsPerMinute: number;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Whether a plain-http OIDC issuer is accepted (local development). */
  allowHttpIssuer: boolean;
}

const DEFAULT_SIGN_IN: SignInSettings = { from: 'Tandem <tandem@localhost>', publicBaseUrl: () => 'http://localhost:3000', linkMinutes: 15, requestsPerMinute: 30, sessionIdleMinutes: 30, sessionMaxHours: 12, allowHttpIssuer: false };

/** What the API needs. */
export interface ApiDependencies extends HealthDependencies {
  client: Client;
  pool: pg.Pool;
  taskQueue: string;
  changes: ChangeFeed;
  rateLimitPerMinute?: number;
  quiet?: boolean;
  /** SIGNING_SECRET, which verifies emailed links (the same secret the worker signs them with). */
  signingSecret: string | undefined;
  /** The API's public base URL, named as the server in the OpenAPI document. */
  publicBaseUrl?: string;
  /** Whether webhook URLs may be plain http to localhost (see `WEBHOOK_ALLOW_LOCAL_HTTP`). */
  allowLocalWebhooks?: boolean;
  /** Where webhook URLs may point; public addresses only unless networks are allowed. */
  webhookDestination?: DestinationPolicy;
  /** Sign-in settings; development defaults when not given. */
  signIn?: SignInSettings;
}

/**
 * The API as a `node:http` request listener: the plain status polls portals send most are
 * answered ahead of express (routes/instance-status.ts, `beforeExpress`); everything else goes
 * to the express app of {@link createApp}.
 */
export function createApi(dependencies: ApiDependencies): RequestListener {
  const { app, status } = buildApp(dependencies);
  return (request, response) => status.beforeExpress(request, response, () => void app(request, response));
}

/** Builds the express app (every route, the status read included). */
export function createApp(dependencies: ApiDependencies): express.Express {
  return buildApp(dependencies).app;
}

function buildApp(dependencies: ApiDependencies): { app: express.Express; status: InstanceStatusRoute } {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  const quiet = dependencies.quiet ?? false;
  const verified = new VerifiedKeys();
  dependencies.changes.onKeyRevoked((keyId) => verified.forget(keyId));
  const rateLimit = new KeyRateLimit(dependencies.rateLimitPerMinute ?? 600);
  // The status read portals poll, ahead of everything a GET of it does not need (routing, body
  // parsing); it logs, counts, checks the key, scope and budget itself (routes/instance-status.ts).
  const status = instanceStatusRoute({ pool: dependencies.pool, changes: dependencies.changes, verified, rateLimit, quiet });
  app.use(status.middleware);
  app.use(requestLog(quiet));
  // ETags are computed per company from the body sent (conditional.ts), never by express.
  app.set('etag', false);
  app.use(conditionalGets());
  app.use(healthRoutes(dependencies));
  app.get('/openapi.json', (_request, response) => void response.json(openApiDocument(dependencies.publicBaseUrl)));
  app.get('/docs', (_request, response) => void response.type('html').send(docsPage(openApiDocument(dependencies.publicBaseUrl))));
  app.get('/metrics', (_request, response, next) => {
    openIncidentCount(dependencies.pool)
      .then((open) => {
        openIncidentsGauge.set(open);
        return metrics.metrics();
      })
      .then((text) => response.type(metrics.contentType).send(text), next);
  });

  // Emailed links authenticate by their signed token, not an API key.
  app.use('/act', actRoutes({ pool: dependencies.pool, client: dependencies.client, signer: linkSignerFor(dependencies.signingSecret) }));

  // People sign in by a mailed link or their company's identity provider; the session cookie authenticates /me.
  const signIn = dependencies.signIn ?? DEFAULT_SIGN_IN;
  const lifetimes = { idleMs: signIn.sessionIdleMinutes * 60_000, maxMs: signIn.sessionMaxHours * 3_600_000 };
  const secureCookies = () => !insecureCookiesAllowed(signIn.publicBaseUrl());
  const oidc = { redirectUri: () => `${signIn.publicBaseUrl()}/sign-in/oidc/callback`, allowHttpIssuer: signIn.allowHttpIssuer, destination: dependencies.webhookDestination ?? { allowed: [] } };
  // The /act routes above have refused to start without a signing secret.
  const signInSigner = new SignInSigner(dependencies.signingSecret ?? '');
  app.use(
    signInRoutes({
      pool: dependencies.pool,
      mail: { pool: dependencies.pool, transport: dependencies.transport, from: signIn.from, publicBaseUrl: signIn.publicBaseUrl, signer: signInSigner, linkMinutes: signIn.linkMinutes },
      lifetimes,
      oidc,
      secureCookies,
      perMinute: signIn.requestsPerMinute,
    }),
  );
  app.use(meRoutes({ pool: dependencies.pool, client: dependencies.client, lifetimes, secureCookies, changes: dependencies.changes, taskQueue: dependencies.taskQueue }));

  // The console: browser pages over the session routes above (and nothing else).
  app.use(consoleRoutes());

  const api = express.Router();
  // Template bodies are kept as bytes and read the way the CLI reads a file (see routes/templates.ts).
  api.use('/templates', templateBodyParser);
  api.use(strictJson('256kb'));
  // A company admin signed in to the console manages the company's settings with the session.
  api.use(ADMIN_SESSION_PATHS, adminSessions(dependencies.pool, lifetimes));
  api.use(authenticate(dependencies.pool, verified));
  api.use(rateLimit.middleware);
  // Before the instance routes: migrating is for platform keys, not the company scopes they check.
  api.use(migrationRoutes(dependencies));
  api.use(incidentRoutes(dependencies));
  api.use(instanceRoutes(dependencies));
  api.use(taskRoutes(dependencies));
  api.use(handOverRoutes(dependencies));
  api.use(identityProviderRoutes(dependencies.pool, oidc));
  api.use(templateRoutes(dependencies.pool));
  api.use(keyRoutes(dependencies.pool, verified));
  api.use(directoryRoutes({ pool: dependencies.pool, client: dependencies.client }));
  api.use(budgetRoutes(dependencies.pool, dependencies.changes));
  api.use(fundRequestRoutes(dependencies));
  api.use(reportRoutes(dependencies.pool));
  api.use(jointRoutes(dependencies.pool));
  api.use(webhookRoutes({ pool: dependencies.pool, allowLocalHttp: dependencies.allowLocalWebhooks ?? false, destination: dependencies.webhookDestination ?? { allowed: [] } }));
  app.use(api);

  app.use((_request, _response, next) => next(new ApiError(404, 'not_found', 'There is no such route.')));
  app.use(errorMapper);
  return { app, status };
}
