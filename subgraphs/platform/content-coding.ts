/**
 * Whether a client accepts a gzip-coded answer, as its Accept-Encoding says (RFC 9110 §12.5.3):
 * `gzip;q=0` refuses it, `*` offers it unless gzip is refused by name. Read with negotiator, the
 * parser Node's HTTP frameworks use, rather than by a pattern that saw "gzip" in `gzip;q=0`.
 */
import Negotiator from "negotiator";

export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(", ") : acceptEncoding;
  if (!header) return false;
  // Preferred among what we can send; identity is always acceptable unless refused, so offered last.
  return new Negotiator({ headers: { "accept-encoding": header } }).encoding(["gzip", "identity"]) === "gzip";
}
