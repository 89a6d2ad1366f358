import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Test support: what LibreOffice makes of a document. CI installs Debian's LibreOffice and poppler-utils; a
 * document that needs repair fails to convert or loses its text, so this is the "opens without repair" check.
 */
const run = promisify(execFile);

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;

/** The text of the PDF LibreOffice writes from `bytes` (a .docx), page by page ("\f" between pages). */
export async function libreOfficeText(bytes: Buffer, ext = 'docx'): Promise<{ text: string; pages: number }> {
  if (!SOFFICE) throw new Error('LibreOffice is not installed: apt-get install -y libreoffice-writer-nogui');
  const dir = await mkdtemp(path.join(tmpdir(), 'suotdoi-lo-'));
  try {
    const input = path.join(dir, `document.${ext}`);
    await writeFile(input, bytes);
    // A profile of its own: two test files converting at once must not share LibreOffice's lock.
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    const pdf = path.join(dir, 'document.pdf');
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], {
      maxBuffer: 32 << 20,
    });
    const header = (await readFile(pdf)).subarray(0, 5).toString('latin1');
    if (header !== '%PDF-') throw new Error('LibreOffice did not write a PDF');
    return { text: stdout.normalize('NFC'), pages: stdout.split('\f').filter((p) => p.trim()).length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
