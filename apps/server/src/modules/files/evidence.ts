import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from '@suotdoi/shared';

/** Evidence files (tasks' progress, reports' attachments): allowed types checked by their first bytes, sizes. */

export interface EvidenceFile {
  name: string;
  bytes: Buffer;
}

/** The first bytes each allowed type starts with: a renamed .exe is refused, not stored. */
const MAGIC: Record<string, (b: Buffer) => boolean> = {
  pdf: (b) => b.subarray(0, 4).toString('latin1') === '%PDF',
  docx: (b) => b[0] === 0x50 && b[1] === 0x4b,
  xlsx: (b) => b[0] === 0x50 && b[1] === 0x4b,
  png: (b) => b.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8,
};

export interface EvidenceLimits {
  /** Extensions allowed (pdf, docx, xlsx, jpg, png). */
  types: readonly string[];
  maxBytes: number;
}

const TASK_EVIDENCE: EvidenceLimits = { types: Object.keys(EVIDENCE_TYPES), maxBytes: EVIDENCE_MAX_BYTES };

/** The media type of an allowed extension. */
export const mimeOf = (name: string) =>
  EVIDENCE_TYPES[(name.toLowerCase().split('.').pop() ?? '') as keyof typeof EVIDENCE_TYPES] ??
  'application/octet-stream';

/** Problems of the evidence files, every one at once, each naming `files.<i>`. */
export function evidenceProblems(list: EvidenceFile[], limits: EvidenceLimits = TASK_EVIDENCE) {
  const problems: { field: string; reason: string; value?: unknown }[] = [];
  list.forEach((f, i) => {
    const ext = f.name.toLowerCase().split('.').pop() ?? '';
    if (!limits.types.includes(ext === 'jpeg' ? 'jpg' : ext))
      problems.push({ field: `files.${i}`, reason: 'file_type_not_allowed', value: f.name });
    else if (!MAGIC[ext]!(f.bytes))
      problems.push({ field: `files.${i}`, reason: 'file_content_mismatch', value: f.name });
    if (f.bytes.length > limits.maxBytes) {
      problems.push({
        field: `files.${i}`,
        reason: 'file_too_large',
        value: { name: f.name, max: limits.maxBytes },
      });
    }
    if (f.bytes.length === 0) problems.push({ field: `files.${i}`, reason: 'file_empty', value: f.name });
  });
  return problems;
}
