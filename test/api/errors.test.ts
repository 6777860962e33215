/**
 * The error mapper's infrastructure part: what a client hears when Postgres or Temporal is
 * away (503 with Retry-After and a stable code), and that ordinary failures are not taken for
 * outages.
 */
import { Metadata, status } from '@grpc/grpc-js';
import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DatabaseError } from 'pg';
import { describe, expect, it } from 'vitest';
import { ApiError, infrastructureError, toApiError } from '../../api/errors.js';

function databaseError(code: string, message: string): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

function grpcError(code: status, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: new Metadata() });
}

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect' });
}

describe('infrastructure errors', () => {
  it.each([
    ['a terminated backend', databaseError('57P01', 'terminating connection due to administrator command')],
    ['a database starting up', databaseError('57P03', 'the database system is starting up')],
    ['a connection failure SQLSTATE', databaseError('08006', 'connection failure')],
    ['too many connections', databaseError('53300', 'sorry, too many clients already')],
    ['a refused connection', socketError('ECONNREFUSED')],
    ['a reset connection', socketError('ECONNRESET')],
    ['a connection ended mid-query', new Error('Connection terminated unexpectedly')],
    ['no pooled connection in time', new Error('timeout exceeded when trying to connect')],
    ['a broken client used again', new Error('Client has encountered a connection error and is not queryable')],
  ])('answers %s as 503 database_unavailable with Retry-After', (_name, error) => {
    expect(toApiError(error)).toMatchObject({ status: 503, code: 'database_unavailable', retryAfterSeconds: 2 });
  });

  it.each([
    ['an unreachable server', grpcError(status.UNAVAILABLE, 'No connection established')],
    ['a missed deadline', grpcError(status.DEADLINE_EXCEEDED, 'Deadline exceeded')],
    ['a wrapped gRPC failure', new ServiceError('Failed to start Workflow', { cause: grpcError(status.UNAVAILABLE, 'No connection established') })],
    ['an update that timed out', new WorkflowUpdateRPCTimeoutOrCancelledError('Timed out waiting for update', { cause: grpcError(status.DEADLINE_EXCEEDED, 'Deadline exceeded') })],
  ])('answers %s as 503 temporal_unavailable with Retry-After', (_name, error) => {
    expect(toApiError(error)).toMatchObject({ status: 503, code: 'temporal_unavailable', retryAfterSeconds: 2 });
  });

  it.each([
    ['a unique violation', databaseError('23505', 'duplicate key value violates unique constraint')],
    ['a row-level security refusal', databaseError('42501', 'new row violates row-level security policy')],
    ['a workflow that already exists', grpcError(status.ALREADY_EXISTS, 'Workflow execution already started')],
    ['a business failure', ApplicationFailure.nonRetryable('budget exhausted', 'BudgetExhausted')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('leaves %s to the ordinary mapping (not an outage)', (_name, error) => {
    expect(infrastructureError(error)).toBeUndefined();
  });

  it('keeps a domain error as it is', () => {
    const refused = new ApiError(409, 'budget_exceeded', 'The allocation does not fit.');
    expect(toApiError(refused)).toBe(refused);
  });
});
