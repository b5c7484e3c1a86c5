// Zod pieces that read what a person types (a list, dollars, a date) as the contract's value, so a form's
// resolver can be the contract's own schema with only those fields typed as text.
import { z } from 'zod';
import { fromLocalInput } from '../../shared/domain/localInput';
import { readWhen, type WhenStore } from '../../shared/domain/whenText';
import { parseMoney, splitList } from './format';

/** "Trucks, , SUVs" → ["Trucks", "SUVs"]. */
export const listText = z.string().transform(splitList);

/** Dollars as typed ("$75", "75.50") → cents; empty is `empty` (so 0 where the contract defaults to 0). */
export const moneyText = (message: string, empty: number | null = 0) =>
  z.string().transform((typed, ctx) => {
    const cents = parseMoney(typed);
    if (cents === null) return empty;
    if (Number.isNaN(cents)) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return cents;
  });

/** A whole number as typed → that number; anything else (empty, "2.5", "ten") is `message`. */
export const wholeText = (message: string) =>
  z.string().transform((typed, ctx) => {
    const text = typed.trim();
    if (!/^\d{1,9}$/.test(text)) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return Number(text);
  });

/** A date field's YYYY-MM-DD → the instant of that store-local midnight; empty → null. */
export const dateText = (timeZone: string) =>
  z.string().transform((typed, ctx) => {
    if (!typed) return null;
    const at = fromLocalInput(`${typed}T00:00`, timeZone);
    if (at === null) {
      ctx.addIssue({ code: 'custom', message: 'That date does not exist.' });
      return z.NEVER;
    }
    return at;
  });

/** "tomorrow 5pm" → that instant in store time (readWhen); empty → null (BeBack picks the time). */
export const whenText = (now: number, store: WhenStore) =>
  z.string().transform((typed, ctx) => {
    const when = readWhen(typed, now, store);
    if (!when) return null;
    if (!when.ok) {
      ctx.addIssue({ code: 'custom', message: when.message });
      return z.NEVER;
    }
    return when.at;
  });

/**
 * The form's schema: the contract's object with the typed-text fields swapped in, then the contract's own
 * schema over the result (its cross-field checks, such as "until after from"). Field names stay the
 * contract's, so every issue, the form's or the server's, lands on its field by path.
 */
export function withTypedFields<
  S extends z.ZodObject,
  T extends Partial<Record<keyof S['shape'], z.ZodType>>,
>(contract: S, typed: T) {
  const fields = z.object({ ...contract.shape, ...typed } as Omit<S['shape'], keyof T> & T);
  // The typed fields' output is the contract's input by construction; zod's types cannot see that.
  return fields.pipe(contract as unknown as z.ZodType<z.output<S>, z.output<typeof fields>>);
}
