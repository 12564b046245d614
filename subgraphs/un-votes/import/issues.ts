/** The six issue tags of the unvotes data: code, the name the data gives it, and the GraphQL enum value. */
export const UN_ISSUES = [
  { code: "me", name: "Palestinian conflict", enumValue: "PALESTINIAN_CONFLICT" },
  { code: "nu", name: "Nuclear weapons and nuclear material", enumValue: "NUCLEAR_WEAPONS" },
  { code: "di", name: "Arms control and disarmament", enumValue: "ARMS_CONTROL" },
  { code: "hr", name: "Human rights", enumValue: "HUMAN_RIGHTS" },
  { code: "co", name: "Colonialism", enumValue: "COLONIALISM" },
  { code: "ec", name: "Economic development", enumValue: "ECONOMIC_DEVELOPMENT" },
] as const;

export type IssueCode = (typeof UN_ISSUES)[number]["code"];

export const ISSUE_BY_CODE = new Map<string, (typeof UN_ISSUES)[number]>(UN_ISSUES.map((issue) => [issue.code, issue]));
