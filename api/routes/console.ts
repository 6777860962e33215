/**
 * The console under `/console`: one small HTML page for every console address (the browser
 * code draws the page the address names, from the public API), and the bundled files under
 * `/console/assets/`. The page's policy lets only the console's own scripts and style sheets
 * run and apply: no inline script or style, nothing from another host, no framing.
 */
import { Router, type Response } from 'express';
import { html } from '../../presentation/index.js';
import { consoleAssets } from '../console/assets.js';
import { ApiError } from '../errors.js';

/** The console's content security policy. */
export const CONSOLE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const ASSET_NAME = /^[A-Za-z0-9_.-]{1,120}$/;

/** The routes under /console. Mount them outside the API-key router: the page signs in with the session. */
export function consoleRoutes(): Router {
  const router = Router();

  router.get('/console/assets/:name', async (request, response) => {
    const name = request.params.name;
    const asset = ASSET_NAME.test(name) ? (await consoleAssets()).files.get(name) : undefined;
    if (!asset) throw new ApiError(404, 'not_found', 'There is no such console file; reload the console.');
    response
      .status(200)
      .set({ 'Content-Type': asset.contentType, 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff' })
      .send(asset.body);
  });

  const shell = async (_request: unknown, response: Response) => {
    const assets = await consoleAssets();
    const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>Tandem console</title>
<meta name="tandem-template-worker" content="/console/assets/${assets.templateWorker}">
${assets.styles.map((name) => html`<link rel="stylesheet" href="/console/assets/${name}">`)}
<script type="module" src="/console/assets/${assets.script}"></script></head>
<body><a class="skip" href="#main">Skip to the page</a><header class="bar" id="bar"><span class="brand">Tandem</span></header>
<main id="main" tabindex="-1"><p class="muted">Loading…</p></main></body></html>`;
    response
      .status(200)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': CONSOLE_POLICY,
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'same-origin',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
      })
      .send(page.markup);
  };
  router.get('/console', shell);
  router.get('/console/tasks', shell);
  router.get('/console/instances', shell);
  router.get('/console/instances/:id', shell);
  router.get('/console/joint', shell);
  router.get('/console/cycle-times', shell);
  router.get('/console/templates', shell);
  router.get('/console/settings', shell);
  router.get('/console/mdf', shell);
  router.get('/console/mdf/dashboard', shell);
  return router;
}
