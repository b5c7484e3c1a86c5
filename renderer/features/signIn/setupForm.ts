// The first start's form: the contract's own input (store and owner) plus the PIN typed twice.
import { z } from 'zod';
import { type CreateOwnerInput, createOwnerInput } from '../../../shared/contract/setupSchemas';
import { regionOfTimeZone } from '../../../shared/domain/regions';

export const setupForm = z
  .object({ ...createOwnerInput.shape, pinAgain: z.string() })
  .refine((v) => v.pin === v.pinAgain, { message: 'The two PINs differ', path: ['pinAgain'] });
export type SetupValues = z.infer<typeof setupForm>;

/**
 * Nothing of the demo is offered: the owner types their own store; the zone starts as the PC's and the
 * country as that zone's (none for UTC and the like: then the owner picks it).
 */
export function blankSetup(timeZone: string): SetupValues {
  return {
    store: {
      storeName: '',
      storePhone: '',
      region: regionOfTimeZone(timeZone) ?? '',
      timeZone,
      storeHours: Array(7).fill(null),
    },
    name: '',
    pin: '',
    pinAgain: '',
  };
}

/** What is sent: the contract's input exactly, without the second PIN the form alone checks. */
export function toCreateOwnerInput({ pinAgain: _again, ...input }: SetupValues): CreateOwnerInput {
  return input;
}

export type SetupStep = 'store' | 'owner';

/** The step that shows the field a server issue names, so the owner sees it where they typed it. */
export function stepOfPath(path: string): SetupStep {
  return path === 'store' || path.startsWith('store.') ? 'store' : 'owner';
}

/** A day ticked open starts with usual hours, ready to adjust. */
export const OPEN_DAY_DEFAULT = { open: '09:00', close: '17:00' } as const;
