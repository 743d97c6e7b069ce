import { describe, expect, it } from 'vitest';
import { connectMessage } from '../../src/hyra/error-messages/connect';
import { loadMessage, retryingMessage } from '../../src/hyra/error-messages/load';
import { summaryFor } from '../../src/hyra/error-messages/shared';
import { writeMessage } from '../../src/hyra/error-messages/write';
import { HyraError, type HyraErrorKind } from '../../src/hyra/errors';
import { HyraParseError } from '../../src/hyra/parse';

const KINDS: HyraErrorKind[] = [
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'bad-request',
  'server',
  'network',
  'timeout',
  'bad-response',
];

/** A HyraError as the client raises it: its summary as the message. */
const hyraError = (kind: HyraErrorKind, details: HyraError['details'] = {}) =>
  new HyraError(kind, summaryFor(kind), details);

describe('error messages: every kind has words in every situation', () => {
  it.each(KINDS)('%s', (kind) => {
    const error = hyraError(kind, { status: 400 });
    expect(summaryFor(kind)).not.toBe('');
    expect(loadMessage(error).title).not.toBe('');
    expect(connectMessage(error, { workspaceId: 'ws', serverHasToken: false }).title).not.toBe('');
    expect(writeMessage(error)).not.toBe('');
    expect(retryingMessage(kind)).toMatch(/trying again…$/);
  });
});

describe('writeMessage', () => {
  it.each([
    ['forbidden', 'You do not have permission to do this. Hyra said: "nope".'],
    ['unauthorized', 'The API token was refused. Hyra said: "nope".'],
    ['not-found', 'The session or server no longer exists. Hyra said: "nope".'],
    ['rate-limited', 'Too many requests to Hyra; try again in a moment.'],
    ['bad-request', 'Hyra said: "nope".'],
    ['server', 'Hyra had a problem answering. Hyra said: "nope".'],
    ['network', 'Hyra could not be reached. Check your connection. Hyra said: "nope".'],
  ] as const)('%s with a message from Hyra: %s', (kind, words) => {
    expect(writeMessage(hyraError(kind, { hyraMessage: 'nope' }))).toBe(words);
  });

  it('says what failed without Hyra’s words when it sent none', () => {
    expect(writeMessage(hyraError('bad-request'))).toBe('Hyra rejected the change.');
    expect(writeMessage(hyraError('forbidden'))).toBe('You do not have permission to do this.');
    expect(writeMessage(hyraError('timeout'))).toBe('Hyra took too long to answer.');
  });

  it('passes on the message of anything that is not a HyraError', () => {
    expect(writeMessage(new Error('disk full'))).toBe('disk full');
    expect(writeMessage(new HyraParseError('change response', ['x: expected string']))).toBe(
      'The change response from Hyra was not in the expected shape: x: expected string',
    );
  });
});

describe('retryingMessage', () => {
  it('names the timeout, the unreachable Hyra and the server error with its status', () => {
    expect(retryingMessage('timeout')).toBe('Hyra did not answer in time; trying again…');
    expect(retryingMessage('network')).toBe('Hyra could not be reached; trying again…');
    expect(retryingMessage('server', 502)).toBe('Hyra had a problem answering (HTTP 502); trying again…');
    expect(retryingMessage('server')).toBe('Hyra had a problem answering; trying again…');
    expect(retryingMessage('bad-response')).toBe('Hyra did not answer properly; trying again…');
  });
});

describe('loadMessage and connectMessage for a bad request', () => {
  it('gives the status, and in the connection test a hint when Hyra said nothing', () => {
    expect(loadMessage(hyraError('bad-request', { status: 422 })).title).toBe(
      'Hyra rejected the request (HTTP 422).',
    );
    expect(
      connectMessage(hyraError('bad-request', { status: 422 }), { workspaceId: 'ws', serverHasToken: false }),
    ).toEqual({
      title: 'Hyra rejected the request (HTTP 422).',
      detail: 'In range mode, try day mode: its parameters are the ones known to work.',
    });
  });

  it('words anything else as a generic failure with its message', () => {
    expect(loadMessage(new Error('boom'))).toEqual({
      title: 'Something went wrong.',
      detail: 'boom',
      retry: true,
    });
    expect(connectMessage('boom', { workspaceId: 'ws', serverHasToken: true })).toEqual({
      title: 'The connection test failed.',
      detail: undefined,
    });
  });
});
