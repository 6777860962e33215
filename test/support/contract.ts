/**
 * Checks a real answer against the OpenAPI document: a success body must parse with the
 * route's response schema and hold no field it does not name; an error must be the Error
 * schema with a code the document lists for that route and status.
 */
import { expect } from 'vitest';
import { createApp } from '../../api/app.js';
import { openApiDocument } from '../../api/openapi.js';
import { CONTRACT } from '../../api/openapi-contract.js';
import { ErrorBody } from '../../api/schemas.js';

// Importing the app registers every route with the document.
void createApp;

interface DocumentedResponses {
  paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
}

const routes = Object.keys(CONTRACT).map((key) => {
  const [method = '', template = ''] = key.split(' ');
  const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return { key, method, template, pattern };
});

const routeOf = (method: string, url: string) => {
  const path = new URL(url, 'http://localhost').pathname;
  return { path, route: routes.find((candidate) => candidate.method === method.toLowerCase() && candidate.pattern.test(path)) };
};

/** Whether `method url` is a route of the OpenAPI contract. */
export function isDocumented(method: string, url: string): boolean {
  return routeOf(method, url).route !== undefined;
}

/** Expects `body`, answered with `status` to `method url`, to be what the document says. */
export function expectDocumented(method: string, url: string, status: number, body: unknown): void {
  const { path, route } = routeOf(method, url);
  if (!route) throw new Error(`${method} ${path} is not in the OpenAPI contract`);
  const where = `${route.key} → ${status}`;
  if (status >= 400) {
    const error = ErrorBody.parse(body);
    const document = openApiDocument() as DocumentedResponses;
    expect(document.paths[route.template]?.[route.method]?.responses[String(status)]?.description, where).toContain(`\`${error.error.code}\``);
    return;
  }
  const schema = CONTRACT[route.key]?.success[status];
  expect(schema, `${where} is a documented success`).toBeDefined();
  if (schema && 'parse' in schema) expect(schema.parse(body), where).toEqual(body);
}
