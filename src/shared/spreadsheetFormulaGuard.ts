/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula, so the export puts a ' in front of such a cell (CSV
 * injection). The import takes exactly that quote off again, so an exported
 * file re-imports as what was exported.
 *
 * A cell that itself starts with a quote followed by one of those characters
 * (or by another quote) also gets a quote in front: otherwise the import could
 * not tell it from a guarded formula.
 */
const formulaStart = /^[=+\-@\t\r]/;
const guardedStart = /^'[=+\-@\t\r']/;

export function guardSpreadsheetFormula(cell: string): string {
  return formulaStart.test(cell) || guardedStart.test(cell) ? `'${cell}` : cell;
}

export function unguardSpreadsheetFormula(cell: string): string {
  return guardedStart.test(cell) ? cell.slice(1) : cell;
}
