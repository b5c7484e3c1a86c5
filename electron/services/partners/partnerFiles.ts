// Files exchanged with partners: their digest, a name-safe partner slug, and how a rejected file is told.
import { createHash } from 'node:crypto';
import { ValidationError } from '../errors';
import { nameSlug } from '../fileNames';
import type { FileProblem } from './formats/types';

export const sha256 = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

export const slug = (name: string) => nameSlug(name, 'partner');

/** A rejected file: one message naming where, and every problem as an issue the screen lists. */
export function rejectFile(fileName: string, problems: FileProblem[]): never {
  const first = problems[0];
  const more = problems.length - 1;
  const firstText = first ? `${first.where}: ${first.message.replace(/\.$/, '')}` : 'it could not be read';
  throw new ValidationError(
    `${fileName} was not imported: ${firstText}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}. Nothing was written.`,
    problems.map((p) => ({ path: p.where, message: p.message })),
  );
}
