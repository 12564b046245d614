import { ConfigError, type Env } from "../shared/config.js";
import { subgraphSecret } from "../shared/service-config.js";
import { authMode } from "./auth.js";
import { EligibilityPolicy } from "./eligibility.js";
import type { AllianceSettings } from "./loaders.js";

/** HUB_AUTH_MODE and HUB_AOD_ELIGIBILITY_POLICY, read once at start. */
export function readAllianceSettings(env: Env = process.env): AllianceSettings {
  const policy = env.HUB_AOD_ELIGIBILITY_POLICY?.trim();
  if (policy && !(policy in EligibilityPolicy)) {
    throw new ConfigError("HUB_AOD_ELIGIBILITY_POLICY", "invalid", `expected one of ${Object.keys(EligibilityPolicy).join(", ")}, received "${policy}"`);
  }
  let mode;
  try {
    mode = authMode(env as NodeJS.ProcessEnv);
  } catch {
    throw new ConfigError("HUB_AUTH_MODE", "invalid", `expected "jwt", "development" or "none", received "${env.HUB_AUTH_MODE}"`);
  }
  if (mode === "jwt" && !subgraphSecret(env)) {
    throw new ConfigError("HUB_SUBGRAPH_SECRET", "not set", "HUB_AUTH_MODE=jwt trusts claims only on requests the gateway signed with this shared secret");
  }
  return { authMode: mode, defaultPolicy: (policy as EligibilityPolicy) || EligibilityPolicy.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE };
}
