/** The OpenAPI 3.1 document, generated from the schemas the handlers parse with. */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { ErrorBody } from './schemas.js';

/** Every route registers itself here next to its handler. */
export const registry = new OpenAPIRegistry();

registry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'An API key: "Authorization: Bearer tdm_…"' });

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });

/** Registers a route with the error answers every authenticated route can give. */
export function documentRoute(route: Omit<RouteConfig, 'responses'> & { responses: RouteConfig['responses'] }): void {
  registry.registerPath({
    security: [{ apiKey: [] }],
    ...route,
    responses: {
      ...route.responses,
      400: errorResponse('The request is not valid; details name each problem by path.'),
      401: errorResponse('No API key, or a bad or revoked one.'),
      403: errorResponse('The key lacks the scope, or the person may not do this.'),
      404: errorResponse('Not found, or not visible to your company.'),
      429: errorResponse('Too many requests for this key.'),
    },
  });
}

let cached: object | undefined;

/** The generated document. */
export function openApiDocument(): object {
  cached ??= new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Tandem API', version: '1', description: 'Status, inboxes and decisions for cross-company partner workflows.' },
  });
  return cached;
}
