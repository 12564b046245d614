/**
 * CSV downloads: exactly the numbers a chart or table was drawn from, unrounded, as RFC 4180 text
 * (quoted where needed, CRLF line ends), built in the browser: nothing is fetched again.
 */
export type CsvValue = string | number | boolean | null | undefined;
export type CsvTable = { columns: string[]; rows: CsvValue[][] };

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: CsvTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

export function downloadCsv(filename: string, table: CsvTable): void {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
