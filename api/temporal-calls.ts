/**
 * The API's calls to Temporal end in bounded time. By default the SDK sets no deadline and
 * retries an unreachable server ten times with backoff (about 20 s), so a request would hang
 * that long before failing. Here an unreachable server is retried a few times within about
 * two seconds, and every call without a deadline of its own gets one; then the request fails
 * with a gRPC status that api/errors.ts answers as 503 `temporal_unavailable`.
 */
import { InterceptingCall, status as grpcStatus, type Interceptor } from '@grpc/grpc-js';
import { defaultGrpcRetryOptions, makeGrpcRetryInterceptor, type ConnectionOptions, type GrpcRetryOptions } from '@temporalio/client';

/**
 * Deadline of an ordinary call (start, signal, query, describe, list). It bounds a server that
 * accepted the connection but does not answer; a busy dev server can take several seconds for
 * a start when a hundred arrive at once, which is slow, not down.
 */
export const CALL_DEADLINE_MS = 15_000;
/**
 * Deadline of a call the server holds open while a workflow works: an update waiting for its
 * result, or a wait for new history events. Long enough for an update handler's own work.
 */
export const WAITING_CALL_DEADLINE_MS = 30_000;
/**
 * Attempts at a call refused as UNAVAILABLE (nothing listens, the connection broke): waits of
 * ~0.2, 0.3, 0.5 and 0.8 s between them, so an unreachable Temporal is answered in about 2 s.
 * Other retryable refusals (RESOURCE_EXHAUSTED: a busy server) keep the SDK's default retries,
 * within the call's deadline.
 */
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

const sdkRetries = defaultGrpcRetryOptions();
const unavailableRetries = defaultGrpcRetryOptions({ maxAttempts: UNAVAILABLE_ATTEMPTS });
const retries: GrpcRetryOptions = {
  delayFunction: sdkRetries.delayFunction,
  retryableDecider: (attempt, status) => (status.code === grpcStatus.UNAVAILABLE ? unavailableRetries : sdkRetries).retryableDecider(attempt, status),
};

/** Connection options that bound every call of the API's Temporal client. */
export function boundedCalls(): Pick<ConnectionOptions, 'interceptors' | 'connectTimeout'> {
  return {
    // The deadline is set first, so every retry of a call shares one deadline.
    interceptors: [defaultDeadline, makeGrpcRetryInterceptor(retries)],
    connectTimeout: CONNECT_TIMEOUT_MS,
  };
}
