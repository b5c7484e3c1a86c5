// Saving a partner file the backend wrote: the browser downloads it under the name the backend chose.
import type { PartnerFileDto } from '../../../shared/contract/dto';
import { downloadBlob } from '../../ui/download';

const TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  xml: 'application/xml',
  adf: 'application/xml',
};

/** CSV content already starts with a BOM, so Excel reads it as UTF-8; no second one is added. */
export function downloadPartnerFile({ fileName, content }: Pick<PartnerFileDto, 'fileName' | 'content'>) {
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  downloadBlob(new Blob([content], { type: TYPES[ext] ?? 'application/octet-stream' }), fileName);
}

/** "SHA-256 3f9a0c1b2d4e…": enough of the digest to compare with what the partner received. */
export const shortSha = (sha256: string) => `SHA-256 ${sha256.slice(0, 12)}…`;
