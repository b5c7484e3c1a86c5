// Which failures are "the store server is away" (said as UNAVAILABLE) and which are a query the server refused.
import { describe, expect, it } from 'vitest';
import { isServerLost } from '../../../electron/db/pg/serverLost';

const err = (fields: { code?: string; message?: string }) =>
  Object.assign(new Error(fields.message ?? 'x'), fields);

describe('isServerLost', () => {
  it.each([
    ['refused', err({ code: 'ECONNREFUSED' })],
    ['reset', err({ code: 'ECONNRESET' })],
    ['timed out', err({ code: 'ETIMEDOUT' })],
    ['ended', err({ message: 'Connection terminated unexpectedly' })],
    ['pool timeout', err({ message: 'timeout exceeded when trying to connect' })],
    ['dead client', err({ message: 'Client has encountered a connection error and is not queryable' })],
    ['class 08', err({ code: '08006' })],
    ['admin shutdown', err({ code: '57P01' })],
    ['crash shutdown', err({ code: '57P02' })],
    ['starting up', err({ code: '57P03' })],
    ['both addresses refused', Object.assign(new AggregateError([err({ code: 'ECONNREFUSED' })]), {})],
  ])('%s is the server lost', (_, e) => expect(isServerLost(e)).toBe(true));

  it.each([
    ['unique violation', err({ code: '23505' })],
    ['serialization failure', err({ code: '40001' })],
    ['query cancelled', err({ code: '57014' })],
    ['syntax', err({ code: '42601' })],
    ['a plain bug', new TypeError('x is undefined')],
    ['not an error', 'ECONNREFUSED'],
  ])('%s is not', (_, e) => expect(isServerLost(e)).toBe(false));
});
