// Reading a request body for the web door within a size limit, with one large body at a time, and
// refusing in words (413/503) without cutting the connection before the caller has read the answer.
import type { IncomingMessage } from 'node:http';

/** Every channel but a partner file's: a few hundred KB is far above any form's input. */
export const SMALL_BODY_BYTES = 512 * 1024;
/**
 * A partner file (40 MB of UTF-8, as the file readers count it) inside JSON: escaping at most doubles
 * it (a quote, backslash, newline or tab becomes two characters), plus room for the rest of the input
 * (an import's merge decisions, one per matched lead).
 */
export const LARGE_BODY_BYTES = 2 * 40 * 1024 * 1024 + 8 * 1024 * 1024;
/** After a refusal the rest of the body is read and thrown away (so the caller gets the answer), up to this. */
const DISCARD_BYTES = LARGE_BODY_BYTES;
const DISCARD_MS = 10_000;

export type BodyOutcome = { ok: true; text: string } | { ok: false; status: 413 | 503; message: string };

/** The one slot for a body over the small limit; held until the call that read it has answered. */
export class LargeBodySlot {
  private busy = false;
  take(): boolean {
    if (this.busy) return false;
    this.busy = true;
    return true;
  }
  release(): void {
    this.busy = false;
  }
}

export function tooLarge(limit: number): string {
  return limit > SMALL_BODY_BYTES
    ? `The request is larger than ${Math.round(limit / 1024 / 1024)} MB. Partner files must be 40 MB or less.`
    : `The request is larger than ${limit / 1024} KB, more than this action takes.`;
}
export const BUSY_MESSAGE = 'BeBack is receiving another large file. Try again in a moment.';

/**
 * Reads the body up to `limit` bytes. Past the small limit it needs the slot (`held` says whether it
 * took it, so the caller releases it after answering). A refusal leaves the request draining.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  slot: LargeBodySlot,
  held: { value: boolean },
): Promise<BodyOutcome> {
  const refusal = (status: 413 | 503): BodyOutcome => ({
    ok: false,
    status,
    message: status === 413 ? tooLarge(limit) : BUSY_MESSAGE,
  });
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > limit) return Promise.resolve(discard(req, refusal(413)));
  if (declared > SMALL_BODY_BYTES && !takeSlot()) return Promise.resolve(discard(req, refusal(503)));

  function takeSlot(): boolean {
    if (held.value) return true;
    held.value = slot.take();
    return held.value;
  }

  return new Promise((ok) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      let refused: BodyOutcome | null = null;
      if (size > limit) refused = refusal(413);
      else if (size > SMALL_BODY_BYTES && !takeSlot()) refused = refusal(503);
      if (!refused) return void chunks.push(c);
      stop();
      chunks.length = 0;
      ok(discard(req, refused));
    };
    const onEnd = () => {
      stop();
      ok({ ok: true, text: Buffer.concat(chunks, size).toString('utf8') });
    };
    const onError = () => {
      stop();
      ok({ ok: false, status: 413, message: 'The request was cut off.' });
    };
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * Throws the rest of the body away so the caller, still sending, reads the refusal instead of a reset
 * (closing a socket with unread data makes the kernel answer with RST). A caller that keeps sending
 * past DISCARD_BYTES or DISCARD_MS is cut off.
 */
function discard(req: IncomingMessage, outcome: BodyOutcome): BodyOutcome {
  throwAwayRest(req);
  return outcome;
}

/**
 * The same for a request answered before its body was read (no token, a foreign Host …). Node then
 * drains it itself; the timer still cuts a body that has not ended within DISCARD_MS.
 */
export function throwAwayRest(req: IncomingMessage): void {
  if (req.complete) return;
  setTimeout(() => {
    if (!req.complete) req.socket?.destroy();
  }, DISCARD_MS).unref();
  if (req.listenerCount('data') > 0) return;
  let thrown = 0;
  req.on('data', (c: Buffer) => {
    thrown += c.length;
    if (thrown > DISCARD_BYTES) req.socket?.destroy();
  });
  req.resume();
}
