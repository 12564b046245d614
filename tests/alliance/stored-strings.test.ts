/**
 * Limits on every string the Alliance stores: length, http/https only for addresses, no control or
 * direction-override characters (the probe stored a 900 KB and a `javascript:` sourceUrl, and NUL
 * and right-to-left override characters in grounds). Refused with the field named, nothing stored.
 */
import { describe, expect, it } from "vitest";
import { optionalUrl, requireText } from "../../subgraphs/alliance/commands/validation.js";
import { postGraphQL } from "../harness.js";
import { useHub } from "../hub-hooks.js";

// The subgraphs read the mode from the environment as the gateway does.
process.env.HUB_AUTH_MODE = "development";
const SECRETARIAT = JSON.stringify({ sub: "officer-strings", roles: ["SECRETARIAT"] });

describe("strings the Alliance stores", () => {
  it("refuses control and direction-override characters, and line breaks in one-line fields", () => {
    expect(() => requireText("grounds", "Admitted\u0000 on merit", 5000)).toThrow(/received U\+0000 at character 9/);
    expect(() => requireText("grounds", "Admitted \u202Eon merit", 5000)).toThrow(/received U\+202E/);
    expect(() => requireText("title", "Two\nlines", 300)).toThrow(/expected one line of text .* received U\+000A/);
    expect(requireText("grounds", "Two lines\nof grounds, with a\ttab", 5000)).toBe("Two lines\nof grounds, with a\ttab");
    expect(() => requireText("title", "x".repeat(301), 300)).toThrow(/expected at most 300 characters, received 301/);
  });

  it("takes http and https addresses only, of reasonable length", () => {
    expect(optionalUrl("sourceUrl", " https://example.org/a ")).toBe("https://example.org/a");
    expect(optionalUrl("sourceUrl", "")).toBeNull();
    expect(() => optionalUrl("sourceUrl", "javascript:alert(1)")).toThrow(/expected an http or https address, received one with the scheme "javascript"/);
    expect(() => optionalUrl("sourceUrl", "data:text/html,hi")).toThrow(/scheme "data"/);
    expect(() => optionalUrl("sourceUrl", "not a url")).toThrow(/expected an http or https address, received "not a url"/);
    expect(() => optionalUrl("sourceUrl", `https://example.org/${"a".repeat(900_000)}`)).toThrow(/expected at most 2000 characters, received 900020/);
  });

  describe("through the gateway", () => {
    const hub = useHub({ HUB_AUTH_MODE: "development" });
    const record = (input: Record<string, unknown>) =>
      fetch(hub().gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "x-hub-claims": SECRETARIAT },
        body: JSON.stringify({
          query: `mutation ($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id } userErrors { field code message } } }`,
          variables: { input },
        }),
      }).then((response) => response.json() as Promise<any>);

    it("refuses a javascript: source address and an oversized title with the field named, and stores nothing", async () => {
      const base = { kind: "PROGRAMME", title: "Programme", topics: ["civil society"], sourceTitle: "Fixture plan" };
      const script = await record({ ...base, sourceUrl: "javascript:alert(document.cookie)" });
      expect(script.data.recordActivity).toEqual({
        activity: null,
        userErrors: [
          {
            field: ["input", "sourceUrl"],
            code: "BAD_USER_INPUT",
            message: 'sourceUrl: expected an http or https address, received one with the scheme "javascript"',
          },
        ],
      });
      const huge = await record({ ...base, title: "t".repeat(900_000) });
      expect(huge.data.recordActivity.userErrors[0]).toMatchObject({
        field: ["input", "title"],
        message: "title: expected at most 300 characters, received 900000",
      });
      const listed = await postGraphQL(hub().gatewayUrl, "{ alliance { activities { id } } }");
      expect(listed.data.alliance.activities).toEqual([]);
    });
  });
});
