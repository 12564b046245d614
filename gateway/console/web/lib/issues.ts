/**
 * The issue tags of the General Assembly record (the API's UnIssue), as the forms offer them.
 * Typed by the generated UnIssue, so a value the schema lacks fails the typecheck; a test checks
 * that none of the schema's is missing.
 */
import type { UnIssue } from "../generated/operation-types.js";

export const UN_ISSUES: readonly UnIssue[] = ["ARMS_CONTROL", "COLONIALISM", "ECONOMIC_DEVELOPMENT", "HUMAN_RIGHTS", "NUCLEAR_WEAPONS", "PALESTINIAN_CONFLICT"];

export function isUnIssue(value: string): value is UnIssue {
  return (UN_ISSUES as readonly string[]).includes(value);
}
