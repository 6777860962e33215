/**
 * A refusal of an emailed answer, worded for its reader: from the failure's type and the data
 * it carries (amounts in minor units with their currency), in the page's language with money
 * formatted as everywhere else, instead of the workflow's English message.
 */
import { z } from 'zod';
import { formatMoney } from '../../presentation/index.js';
import type { Messages } from '../../presentation/messages.js';
import { FailureType } from '../../workflows/core/index.js';

const Currency = z.string().regex(/^[A-Z]{3}$/);
const AboveLimit = z.object({ amount: z.number().int(), limit: z.number().int(), currency: Currency });
const Insufficient = z.object({ amount: z.number().int(), available: z.number().int(), currency: Currency });

/** The refusal in `words`' language; undefined for a type (or details) the catalog does not word, so the caller keeps the workflow's message. */
export function answerRefusalText(words: Messages, type: string, details: unknown): string | undefined {
  if (type === FailureType.AmountAboveLimit) {
    const parsed = AboveLimit.safeParse(details);
    if (!parsed.success) return undefined;
    const { amount, limit, currency } = parsed.data;
    return words.answerRefusals.amountAboveLimit(formatMoney({ amount, currency }), formatMoney({ amount: limit, currency }));
  }
  if (type === FailureType.InsufficientFunds) {
    const parsed = Insufficient.safeParse(details);
    if (!parsed.success) return undefined;
    const { amount, available, currency } = parsed.data;
    return words.answerRefusals.insufficientFunds(formatMoney({ amount, currency }), formatMoney({ amount: available, currency }));
  }
  return undefined;
}
