/** Days as the forms take them (YYYY-MM-DD), checked as real days before anything is asked of the hub. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the text is a day that exists: 2024-02-29 is, 2023-02-29 and 2024-13-01 are not. */
export function isRealDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

type DayField = { label: string; value: string | null };

/**
 * A period's two days as a form gave them: each kept when it is a real day, and every mistake
 * said in words (`example` shows how to write a day), the two in the wrong order included.
 */
export function checkPeriod(from: DayField, to: DayField, example: string, problems: string[]): { from: string | null; to: string | null } {
  const day = ({ label, value }: DayField) => {
    if (!value) return null;
    if (isRealDay(value)) return value;
    problems.push(`${label}: expected a day written ${example}, received "${value}".`);
    return null;
  };
  const checked = { from: day(from), to: day(to) };
  if (checked.from && checked.to && checked.from > checked.to) {
    problems.push(`${from.label} ${checked.from} is after ${to.label.toLowerCase()} ${checked.to}: expected the earlier day first.`);
  }
  return checked;
}
