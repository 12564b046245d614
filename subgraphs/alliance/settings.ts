import { readAuthMode } from "../shared/auth.js";
import { ConfigError, type Env } from "../shared/config.js";
import { EligibilityPolicy } from "./eligibility.js";
import type { AllianceSettings } from "./loaders.js";

/** HUB_AUTH_MODE and HUB_AOD_ELIGIBILITY_POLICY, read once at start. */
export function readAllianceSettings(env: Env = process.env): AllianceSettings {
  const policy = env.HUB_AOD_ELIGIBILITY_POLICY?.trim();
  if (policy && !(policy in EligibilityPolicy)) {
    throw new ConfigError("HUB_AOD_ELIGIBILITY_POLICY", "invalid", `expected one of ${Object.keys(EligibilityPolicy).join(", ")}, received "${policy}"`);
  }
  return { authMode: readAuthMode(env), defaultPolicy: (policy as EligibilityPolicy) || EligibilityPolicy.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE };
}
