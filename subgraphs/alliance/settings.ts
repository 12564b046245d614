import { readAuthMode } from "../shared/auth.js";
import { oneOf, type Env } from "../platform/config.js";
import { EligibilityPolicy } from "./rules/eligibility.js";
import type { AuthMode } from "../shared/auth.js";

export type AllianceSettings = { authMode: AuthMode; defaultPolicy: EligibilityPolicy };

/** HUB_AUTH_MODE and HUB_AOD_ELIGIBILITY_POLICY, read once at start. */
export function readAllianceSettings(env: Env = process.env): AllianceSettings {
  const policies = Object.values(EligibilityPolicy) as EligibilityPolicy[];
  return {
    authMode: readAuthMode(env),
    defaultPolicy: oneOf(env, "HUB_AOD_ELIGIBILITY_POLICY", policies, EligibilityPolicy.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE),
  };
}
