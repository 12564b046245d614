/**
 * Reading configuration from the environment. Every service parses its settings once, at
 * start-up, through these helpers, so that a missing setting and a malformed one produce
 * different, precise errors instead of a crash deep inside a request.
 */
import path from "node:path";

export type Env = Record<string, string | undefined>;

/** A setting that is present but unusable, or absent though required. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: "not set" | "invalid",
    detail: string,
  ) {
    super(`${variable} is ${problem}: ${detail}`);
    this.name = "ConfigError";
  }
}

function raw(env: Env, variable: string): string | undefined {
  const value = env[variable];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

export function requiredString(env: Env, variable: string, expected: string): string {
  const value = raw(env, variable);
  if (value === undefined) throw new ConfigError(variable, "not set", `expected ${expected}`);
  return value;
}

export function optionalString(env: Env, variable: string, fallback: string): string {
  return raw(env, variable) ?? fallback;
}

/** One of a fixed set of words (a mode, a policy); the fallback when unset. */
export function oneOf<T extends string>(env: Env, variable: string, allowed: readonly T[], fallback: T): T {
  const value = raw(env, variable);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(variable, "invalid", `expected ${allowed.map((word) => `"${word}"`).join(", ")}, received "${value}"`);
  }
  return value as T;
}

/** A TCP port; 0 asks the operating system for any free port (tests use it). */
export function port(env: Env, variable: string, fallback: number): number {
  const value = raw(env, variable);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > 65535) {
    throw new ConfigError(variable, "invalid", `expected a port number from 0 to 65535, received "${value}"`);
  }
  return parsed;
}

export function positiveInteger(env: Env, variable: string, fallback: number, unit: string): number {
  const value = raw(env, variable);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed <= 0) {
    throw new ConfigError(variable, "invalid", `expected a whole number of ${unit} above 0, received "${value}"`);
  }
  return parsed;
}

export function flag(env: Env, variable: string, fallback: boolean): boolean {
  const value = raw(env, variable)?.toLowerCase();
  if (value === undefined) return fallback;
  if (["1", "true", "yes", "on"].includes(value)) return true;
  if (["0", "false", "no", "off"].includes(value)) return false;
  throw new ConfigError(variable, "invalid", `expected true or false, received "${env[variable]}"`);
}

export function httpUrl(env: Env, variable: string, fallback: string): string {
  const value = raw(env, variable) ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(variable, "invalid", `expected an http:// or https:// URL, received "${value}"`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ConfigError(variable, "invalid", `expected an http:// or https:// URL, received "${value}"`);
  }
  return parsed.toString();
}

/** A directory for data files, resolved against the working directory. */
export function directory(env: Env, variable: string, fallback: string): string {
  return path.resolve(raw(env, variable) ?? fallback);
}
