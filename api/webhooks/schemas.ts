/** Request schemas of the webhook routes; the OpenAPI document is generated from them. */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from '../../activities/webhooks/index.js';

extendZodWithOpenApi(z);

export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);

export const CreateWebhookBody = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/, message: 'use an https URL, e.g. https://portal.example.com/tandem/webhooks' })
      .max(2000)
      .openapi({ description: 'Where deliveries are POSTed. https; plain http only to localhost where the server allows it.' }),
    events: z
      .array(WebhookEventType)
      .min(1)
      .refine((events) => new Set(events).size === events.length, 'list each event type once')
      .openapi({ description: 'The event types to deliver.' }),
    description: z.string().min(1).max(200).optional(),
  })
  .openapi('CreateWebhook');

export const WebhookParams = z.strictObject({ id: z.string().regex(/^wh_[0-9a-f]{16}$/, 'a webhook id looks like wh_0123456789abcdef') });

export const DeliveryParams = WebhookParams.extend({ deliveryId: z.uuid() });

export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed']);

export const DeliveriesQuery = z.strictObject({
  status: DeliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const RotateSecretBody = z
  .strictObject({
    graceSeconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60 * 60, 'a grace period lasts at most a week (604800 seconds)')
      .default(24 * 60 * 60)
      .openapi({ description: 'How long the previous secret keeps signing beside the new one; 0 stops it at once. Default 86400 (24 hours).' }),
  })
  .openapi('RotateWebhookSecret');

/** A replay takes no options; a body, if sent, must be empty. */
export const ReplayBody = z.strictObject({});
