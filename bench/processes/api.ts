/**
 * The HTTP side of the benchmarks, in a process of its own:
 *
 * - `tandem`: Tandem's API, built by `createApi` as api/server.ts builds it, except that its
 *   Temporal connection counts every gRPC call it makes (and the per-key rate limit is
 *   lifted, since one key polls thousands of times a second here);
 * - `query`: the same edge (request log, API-key check) whose status route asks Temporal
 *   with a query per request instead of reading the projection;
 * - `bare`: a plain `node:http` server that reads the same row from Postgres and sends it.
 *
 * Answers `calls` with the gRPC calls each Temporal connection has made so far.
 */
import http from 'node:http';
import { InstanceClient } from '../../api/instance-client.js';
import { InterceptingCall, type Interceptor } from '@grpc/grpc-js';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import express from 'express';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { z } from 'zod';
import { createApi } from '../../api/app.js';
import { prepareConsoleAssets } from '../../api/console/assets.js';
import { authenticate, callerOf } from '../../api/auth/middleware.js';
import { VerifiedKeys } from '../../api/auth/verified-keys.js';
import { ChangeFeed } from '../../api/changes.js';
import { ApiError, errorMapper } from '../../api/errors.js';
import { requestLog } from '../../api/observability.js';
import { instanceView, takesPart } from '../../api/visibility.js';
import { loadConfig, temporalConnectionOptions } from '../../config.js';
import { childOptions, serveParent } from '../child.js';

const Options = z.object({ temporalAddress: z.string(), namespace: z.string(), databaseUrl: z.string(), smtpUrl: z.string(), signingSecret: z.string() });
const options = childOptions(Options);
const config = loadConfig({ ...process.env, TEMPORAL_ADDRESS: options.temporalAddress, TEMPORAL_NAMESPACE: options.namespace, DATABASE_URL: options.databaseUrl, SMTP_URL: options.smtpUrl, SIGNING_SECRET: options.signingSecret });


/** A Temporal client whose connection counts its gRPC calls (the SDK's retries included). */
async function countedClient(): Promise<{ client: Client; connection: Connection; calls: () => number }> {
  let calls = 0;
  const counting: Interceptor = (callOptions, nextCall) => {
    calls += 1;
    return new InterceptingCall(nextCall(callOptions));
  };
  const connection = await Connection.connect({ ...temporalConnectionOptions(config), interceptors: [counting, makeGrpcRetryInterceptor(defaultGrpcRetryOptions())] });
  return { client: new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }), connection, calls: () => calls };
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

// Tandem's API, wired as api/server.ts wires it (the console's bundle built as it starts).
prepareConsoleAssets();
const tandem = await countedClient();
const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 20, pipeline: true });
const transport = nodemailer.createTransport(options.smtpUrl);
const changes = new ChangeFeed(options.databaseUrl);
await changes.start();
const api = createApi({ client: tandem.client, pool, transport, changes, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE, signingSecret: options.signingSecret, quiet: true, rateLimitPerMinute: 100_000_000 });
const tandemServer = http.createServer(api);

// The same edge, but status from a Temporal query per request.
const query = await countedClient();
const queryPool = new pg.Pool({ connectionString: options.databaseUrl, max: 20 });
const queryApp = express();
queryApp.use(requestLog(true));
// Its own verified-key cache, as an API process has: the edge is the same, only the status source differs.
queryApp.use(authenticate(queryPool, new VerifiedKeys()));
queryApp.get('/instances/:id', async (request, response) => {
  const caller = callerOf(response);
  const state = await new InstanceClient(query.client).state(request.params.id);
  if (!takesPart(state, caller.companyId)) throw new ApiError(404, 'not_found', 'There is no such instance.');
  response.json(instanceView(state, caller.companyId));
});
queryApp.use(errorMapper);
const queryServer = http.createServer(queryApp);

// A bare server reading the same row.
const barePool = new pg.Pool({ connectionString: options.databaseUrl, max: 20 });
const bareServer = http.createServer((request, response) => {
  const id = decodeURIComponent((request.url ?? '').replace(/^\/instances\//, ''));
  barePool.query<{ state: unknown }>('SELECT state FROM instances WHERE id = $1', [id]).then(
    (result) => {
      const row = result.rows[0];
      response.writeHead(row ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(row?.state ?? null));
    },
    () => {
      response.writeHead(500).end();
    },
  );
});

const ports = { tandem: await listen(tandemServer), query: await listen(queryServer), bare: await listen(bareServer) };

serveParent(
  { ports },
  { calls: () => Promise.resolve({ tandem: tandem.calls(), query: query.calls() }) },
  async () => {
    for (const server of [tandemServer, queryServer, bareServer]) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await changes.stop();
    transport.close();
    for (const each of [pool, queryPool, barePool]) await each.end();
    await tandem.connection.close();
    await query.connection.close();
  },
);
