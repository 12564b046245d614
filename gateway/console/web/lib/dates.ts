/** Days as the forms take them (YYYY-MM-DD), checked as real days before anything is asked of the hub. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the text is a day that exists: 2024-02-29 is, 2023-02-29 and 2024-13-01 are not. */
export function isRealDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
