import { type ImageProblem, imageProblem } from '../api/images';

/**
 * What the image uploader does with the files a person picked or dropped, before any byte is sent: a file that is
 * not an image or is over 5 MB is refused in words (the server checks again, by the file's first bytes), and
 * files beyond the model's room are refused too. No React.
 */

export type PickProblem = ImageProblem | 'too_many';

export interface PickedFile {
  name: string;
  size: number;
}

export interface PickResult<F extends PickedFile> {
  /** Files to upload, in the order picked. */
  accepted: F[];
  refused: { file: F; reason: PickProblem }[];
}

/**
 * Splits the picked files into those to upload and those refused. `taken` counts the images already there and the
 * uploads still running; a file with its own problem is named for that problem even when there is no room.
 */
export function sortPickedFiles<F extends PickedFile>(
  files: readonly F[],
  taken: number,
  max: number,
): PickResult<F> {
  const accepted: F[] = [];
  const refused: { file: F; reason: PickProblem }[] = [];
  for (const file of files) {
    const problem = imageProblem(file);
    if (problem) refused.push({ file, reason: problem });
    else if (taken + accepted.length >= max) refused.push({ file, reason: 'too_many' });
    else accepted.push(file);
  }
  return { accepted, refused };
}

/** 0..1 as a whole percentage for the progress bar (never 100 before the server has answered). */
export function uploadPercent(fraction: number, done = false): number {
  if (done) return 100;
  return Math.min(99, Math.max(0, Math.floor(fraction * 100)));
}

/** Moves the image at `index` to the front: the first image is the cover. */
export function moveToFront<T>(items: readonly T[], index: number): T[] {
  if (index <= 0 || index >= items.length) return [...items];
  return [items[index]!, ...items.slice(0, index), ...items.slice(index + 1)];
}

/** A size in words: "820 kB", "4,8 MB". */
export function formatBytes(bytes: number, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'vi-VN';
  if (bytes < 1024 * 1024) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
