/** The issue tags of the General Assembly record (the API's UnIssue), as the forms offer them. */
export const UN_ISSUES = ["ARMS_CONTROL", "COLONIALISM", "ECONOMIC_DEVELOPMENT", "HUMAN_RIGHTS", "NUCLEAR_WEAPONS", "PALESTINIAN_CONFLICT"] as const;

export function isUnIssue(value: string): boolean {
  return (UN_ISSUES as readonly string[]).includes(value);
}
