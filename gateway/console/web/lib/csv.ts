/**
 * CSV downloads: exactly the numbers a chart or table was drawn from, unrounded, as RFC 4180 text
 * (quoted where needed, CRLF line ends), built in the browser: nothing is fetched again. Pure, so
 * the tests check it without a browser; download.ts hands it to the browser.
 */
export type CsvValue = string | number | boolean | null | undefined;
export type CsvTable = { columns: string[]; rows: CsvValue[][] };

/**
 * A text a spreadsheet would run as a formula (OWASP, CSV injection: a cell beginning with =, +,
 * -, @, tab or carriage return) gets a leading apostrophe, which spreadsheets show as text. Only
 * text: a number is written as it is, so a negative share stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: CsvTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
