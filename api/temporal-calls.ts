/**
 * The API's calls to Temporal end in bounded time. By default the SDK sets no deadline and
 * retries an unreachable server ten times with backoff (about 20 s), so a request would hang
 * that long before failing. Here every call without a deadline of its own gets one, and an
 * unreachable server is retried a few times within about two seconds; then the request fails
 * with a gRPC status that api/errors.ts answers as 503 `temporal_unavailable`.
 */
import { InterceptingCall, type Interceptor } from '@grpc/grpc-js';
import { defaultGrpcRetryOptions, makeGrpcRetryInterceptor, type ConnectionOptions } from '@temporalio/client';

/** Deadline of an ordinary call (start, signal, query, describe, list). */
export const CALL_DEADLINE_MS = 5_000;
/**
 * Deadline of a call the server holds open while a workflow works: an update waiting for its
 * result, or a wait for new history events. Long enough for an update handler's own work.
 */
export const WAITING_CALL_DEADLINE_MS = 20_000;
/** Attempts at a call the server refused as unavailable: waits of ~0.2, 0.3, 0.5 and 0.8 s between them. */
export const UNAVAILABLE_ATTEMPTS = 5;
/** How long connecting at start-up may take. */
export const CONNECT_TIMEOUT_MS = 5_000;

const WAITING_METHODS = /\/(UpdateWorkflowExecution|PollWorkflowExecutionUpdate|ExecuteMultiOperation|GetWorkflowExecutionHistory)$/;

/** Gives a call without a deadline the one its kind allows. */
const defaultDeadline: Interceptor = (options, nextCall) => {
  if (options.deadline !== undefined) return new InterceptingCall(nextCall(options));
  const ms = WAITING_METHODS.test(options.method_definition.path) ? WAITING_CALL_DEADLINE_MS : CALL_DEADLINE_MS;
  return new InterceptingCall(nextCall({ ...options, deadline: Date.now() + ms }));
};

/** Connection options that bound every call of the API's Temporal client. */
export function boundedCalls(): Pick<ConnectionOptions, 'interceptors' | 'connectTimeout'> {
  return {
    // The deadline is set first, so every retry of a call shares one deadline.
    interceptors: [defaultDeadline, makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: UNAVAILABLE_ATTEMPTS }))],
    connectTimeout: CONNECT_TIMEOUT_MS,
  };
}
