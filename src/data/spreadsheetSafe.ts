/** Spreadsheets run cells that start with = + - @ as formulas; a leading ' keeps them text. */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}
