/** Said at start-up by every service that trusts claims unverified (HUB_AUTH_MODE=development). */
export const DEVELOPMENT_MODE_WARNING =
  "WARNING: HUB_AUTH_MODE=development: claims in the x-hub-claims header are trusted as sent, by anyone. " +
  "Never use this mode where anyone but you can reach the hub.";
