/**
 * Signing in at a company's own OIDC identity provider (authorization code flow with PKCE,
 * state and nonce, by `openid-client`). The provider vouches for an email address; the
 * person is the active person of that company's directory with that address, and only when
 * the provider says the address is verified. Nobody else's directory is consulted: a
 * provider speaks for its own company only.
 */
import * as client from 'openid-client';
import type pg from 'pg';
import { type DestinationPolicy, guardedFetch } from '../../activities/webhooks/index.js';
import { ApiError } from '../errors.js';
import { asTenant } from '../tenant.js';

/** A company's connection as stored (the secret never leaves this module but to the provider). */
export interface OidcConnection {
  companyId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** What the flow needs beyond the database. */
export interface OidcOptions {
  /** Where the provider sends people back: `<public base URL>/sign-in/oidc/callback`. */
  redirectUri: () => string;
  /** Whether a plain-http issuer is accepted (local development only). */
  allowHttpIssuer: boolean;
  /** Where calls to a provider may go: the webhook destination rules (public addresses only, unless allowed). */
  destination: DestinationPolicy;
}

/** How long a started sign-in may take at the provider. */
const LOGIN_MINUTES = 10;

const failed = (message: string) => new ApiError(422, 'oidc_provider_unreachable', message);

/** Discovers the provider's configuration; refuses an http issuer unless allowed. */
export async function discover(connection: Pick<OidcConnection, 'issuer' | 'clientId' | 'clientSecret'>, options: OidcOptions): Promise<client.Configuration> {
  const issuer = new URL(connection.issuer);
  if (issuer.protocol !== 'https:' && !(options.allowHttpIssuer && issuer.protocol === 'http:')) {
    throw new ApiError(400, 'insecure_url', 'Use the https URL of your identity provider (its issuer).');
  }
  try {
    // Every call to the provider (discovery, token, userinfo, keys) goes through the guarded fetch:
    // an issuer is a URL a company chose, so it must not reach into the network the API runs in.
    return await client.discovery(issuer, connection.clientId, connection.clientSecret, undefined, {
      [client.customFetch]: guardedFetch(options.destination),
      ...(issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
    });
  } catch (error) {
    if (error instanceof Error && (error.name === 'RefusedDestinationError' || (error.cause instanceof Error && error.cause.name === 'RefusedDestinationError'))) {
      throw new ApiError(400, 'destination_not_allowed', `Identity providers must be at public addresses: ${(error.name === 'RefusedDestinationError' ? error : (error.cause as Error)).message}.`);
    }
    throw failed(`Could not read the provider's configuration at ${issuer.href}.well-known/openid-configuration (${error instanceof Error ? error.message : String(error)}); check the issuer URL.`);
  }
}

/**
 * Saves (or replaces) a company's connection after checking the provider answers. Saving,
 * reading and removing a connection are a company admin's request work, so they run as the
 * API role (which may write the client secret but not read it back).
 */
export async function saveConnection(pool: pg.Pool, connection: OidcConnection, options: OidcOptions): Promise<void> {
  await discover(connection, options);
  await asTenant(pool, { companyId: connection.companyId }, (db) =>
    db.query(
      `INSERT INTO oidc_connections (company_id, issuer, client_id, client_secret) VALUES ($1, $2, $3, $4)
       ON CONFLICT (company_id) DO UPDATE SET issuer = $2, client_id = $3, client_secret = $4, updated_at = now()`,
      [connection.companyId, connection.issuer, connection.clientId, connection.clientSecret],
    ),
  );
}

/** The company's connection without its secret, or undefined. */
export async function readConnection(pool: pg.Pool, companyId: string): Promise<{ issuer: string; clientId: string; updatedAt: string } | undefined> {
  const result = await asTenant(
    pool,
    { companyId },
    (db) => db.query<{ issuer: string; client_id: string; updated_at: Date }>('SELECT issuer, client_id, updated_at FROM oidc_connections WHERE company_id = $1', [companyId]),
    { readOnly: true },
  );
  const row = result.rows[0];
  return row ? { issuer: row.issuer, clientId: row.client_id, updatedAt: row.updated_at.toISOString() } : undefined;
}

/** Removes a company's connection; false when there was none. */
export async function deleteConnection(pool: pg.Pool, companyId: string): Promise<boolean> {
  const result = await asTenant(pool, { companyId }, (db) => db.query('DELETE FROM oidc_connections WHERE company_id = $1', [companyId]));
  return (result.rowCount ?? 0) > 0;
}

/**
 * The connection with its secret, for a sign-in (before anyone is authenticated): read as the
 * owner, like the logins below, since only the owner may read a client secret.
 */
async function connectionOf(pool: pg.Pool, companyId: string): Promise<OidcConnection> {
  const result = await pool.query<{ issuer: string; client_id: string; client_secret: string }>('SELECT issuer, client_id, client_secret FROM oidc_connections WHERE company_id = $1', [companyId]);
  const row = result.rows[0];
  if (!row) throw new ApiError(404, 'oidc_not_connected', `Company ${companyId} has not connected an identity provider; ask for a sign-in link by mail instead.`);
  return { companyId, issuer: row.issuer, clientId: row.client_id, clientSecret: row.client_secret };
}

/** Starts a sign-in: remembers state, nonce and PKCE verifier, and returns where to send the browser. */
export async function startLogin(pool: pg.Pool, companyId: string, options: OidcOptions): Promise<string> {
  const connection = await connectionOf(pool, companyId);
  const configuration = await discover(connection, options);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  await pool.query(`INSERT INTO oidc_logins (state, company_id, nonce, code_verifier, expires_at) VALUES ($1, $2, $3, $4, now() + $5 * interval '1 minute')`, [
    state,
    companyId,
    nonce,
    verifier,
    LOGIN_MINUTES,
  ]);
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: options.redirectUri(),
    scope: 'openid email',
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return url.href;
}

/**
 * Finishes a sign-in at the callback: uses the login once, exchanges the code (checking
 * state, nonce and PKCE), and returns the company's active person with the verified email.
 */
export async function finishLogin(pool: pg.Pool, callbackUrl: URL, options: OidcOptions): Promise<{ companyId: string; personId: string }> {
  const state = callbackUrl.searchParams.get('state') ?? '';
  const used = await pool.query<{ company_id: string; nonce: string; code_verifier: string }>(
    `UPDATE oidc_logins SET used_at = now() WHERE state = $1 AND used_at IS NULL AND expires_at > now() RETURNING company_id, nonce, code_verifier`,
    [state],
  );
  const login = used.rows[0];
  if (!login) throw new ApiError(400, 'oidc_login_expired', 'This sign-in was already finished, took too long, or was not started here. Start it again.');
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError) throw new ApiError(400, 'oidc_login_refused', `Your identity provider did not sign you in (${providerError.slice(0, 100)}). Try again, or ask for a sign-in link by mail.`);
  const connection = await connectionOf(pool, login.company_id);
  const configuration = await discover(connection, options);
  let claims: Record<string, unknown> | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, { pkceCodeVerifier: login.code_verifier, expectedState: state, expectedNonce: login.nonce });
    const idToken = tokens.claims();
    claims = idToken;
    // Providers that follow the spec strictly put scope claims (email) in userinfo, not in the ID token.
    if (idToken && typeof idToken['email'] !== 'string') claims = { ...(await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)) };
  } catch (error) {
    throw new ApiError(400, 'oidc_login_refused', `Your identity provider's answer could not be verified (${error instanceof Error ? error.message : String(error)}). Start signing in again.`);
  }
  const email = typeof claims?.['email'] === 'string' ? claims['email'].toLowerCase() : undefined;
  if (!email) throw new ApiError(403, 'oidc_email_missing', 'Your identity provider did not share your email address; ask its administrator to release the "email" claim.');
  if (claims?.['email_verified'] !== true) throw new ApiError(403, 'oidc_email_unverified', `Your identity provider has not verified ${email}; verify it there, or ask for a sign-in link by mail.`);
  const person = await pool.query<{ id: string; active: boolean }>('SELECT id, active FROM people WHERE company_id = $1 AND email = $2', [login.company_id, email]);
  const row = person.rows[0];
  if (!row) throw new ApiError(403, 'not_in_directory', `${email} is not in ${login.company_id}'s directory; ask your company's Tandem admins to add you.`);
  if (!row.active) throw new ApiError(403, 'inactive_person', `${email} is deactivated in ${login.company_id}'s directory; ask your company's Tandem admins to reactivate you.`);
  return { companyId: login.company_id, personId: row.id };
}
