/**
 * The mail port as the rest of the code may use it. The API verifies what the mail activity
 * signed (action-link tokens, the shared signed-token envelope), reads a link's record, and
 * shows an emailed task the way its mail described it.
 */
export { LinkSigner, linkSignerFor, type LinkClaims, type LinkPurpose } from './link-token.js';
export { claimsOf, type LinkRow } from './links.js';
export { deriveKey, equal, macOf, openToken, sealToken } from './signed-token.js';
export { describeInstance, describeTask, detailOf, loadInstance, loadTemplate, type Detail, type InstanceRecord, type TaskContext } from './task-context.js';
