// PostgreSQL ends one of two transactions that wait on each other (deadlock, 40P01: two PCs' writes touching
// the same roll-up rows in opposite order through the triggers) or that it cannot serialise (40001). The one
// ended wrote nothing, so it runs again from the start: safe because a transaction awaits only the database
// (CONVENTIONS.md), and the PC is answered as if the two had simply queued.
const RETRYABLE = new Set(['40P01', '40001']);

export function isRetryable(err: unknown): boolean {
  return RETRYABLE.has(String((err as { code?: unknown } | null)?.code ?? ''));
}

export async function retryingConflicts<T>(run: () => Promise<T>, tries = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= tries || !isRetryable(err)) throw err;
      // A little random wait, growing, so the two do not meet the same way again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 15 * attempt));
    }
  }
}
