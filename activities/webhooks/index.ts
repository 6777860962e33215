/**
 * The webhooks port as the rest of the code may use it: the event types a subscription may
 * ask for, the destination policy that keeps deliveries off internal networks (also used
 * for outgoing OIDC requests), sending one signed delivery, and minting a subscription's secret.
 */
export { checkDestination, insideNetworks, parseNetworks, systemResolver, type DestinationCheck, type DestinationPolicy, type Network, type Resolver } from './destination.js';
export { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './events.js';
export { guardedFetch, type GuardedRequest } from './guarded-fetch.js';
export { sendWebhook, type WebhookRequest, type WebhookResponse } from './send.js';
export { newWebhookSecret, SIGNATURE_HEADER, signWebhook, verifyWebhookSignature, type SignatureCheck, type SignatureProblem } from './signature.js';
