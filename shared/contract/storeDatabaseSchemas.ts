// Inputs of the Settings → Store database channels: the store server's connection details.
import { z } from 'zod';

export const TLS_MODES = ['off', 'require', 'verify'] as const;

export const storeServerInput = z
  .object({
    host: z
      .string()
      .trim()
      .min(1, 'Enter the server’s name or address')
      .max(253, 'That server name is too long')
      .regex(/^[A-Za-z0-9.\-:[\]]+$/, 'A server name has only letters, digits, dots, dashes and colons'),
    port: z.coerce
      .number({ message: 'Enter a port number' })
      .int('A port is a whole number')
      .min(1, 'A port is between 1 and 65535')
      .max(65535, 'A port is between 1 and 65535')
      .default(5432),
    database: z
      .string()
      .trim()
      .min(1, 'Enter the database name')
      .max(63, 'A database name has at most 63 characters'),
    user: z.string().trim().min(1, 'Enter the user name').max(63, 'A user name has at most 63 characters'),
    password: z.string().max(1024, 'That password is too long'),
    tls: z.enum(TLS_MODES),
  })
  .strict();
export type StoreServerInput = z.infer<typeof storeServerInput>;
