import type { SheetData } from 'write-excel-file/browser';

/**
 * Excel export of a table the page already holds (the plan list), written in the browser by write-excel-file
 * (a few kB with its zip library, loaded only when someone exports) rather than a server round trip for data the
 * page has. The header row is bold and frozen; numbers stay numbers.
 */
export type Cell = string | number | null | undefined;

/** A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}

export function toSheetData(rows: readonly (readonly Cell[])[]): SheetData {
  return rows.map((row, r) =>
    row.map((value) =>
      value === null || value === undefined || value === ''
        ? null
        : { value, ...(r === 0 ? { fontWeight: 'bold' as const } : {}) },
    ),
  );
}

export async function downloadSheet(fileName: string, name: string, rows: readonly (readonly Cell[])[]) {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  await writeXlsxFile(toSheetData(rows), { sheet: sheetName(name), stickyRowsCount: 1 }).toFile(fileName);
}
