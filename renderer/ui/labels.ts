// Display names for people and objections, one place for the renderer.
import type { ProspectDto } from '../../shared/contract/dto';

export function prospectName(p: Pick<ProspectDto, 'firstName' | 'lastName'>): string {
  return `${p.firstName} ${p.lastName}`.trim();
}
