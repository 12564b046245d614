import { describe, expect, it } from "vitest";
import { parseCountryCode } from "../../subgraphs/shared/countries/country-code.js";
import { allCountries, findCountry } from "../../subgraphs/platform/countries/reference.js";
import { UN_MEMBERSHIP_SEED } from "../../subgraphs/un-votes/seed.js";

describe("country reference table", () => {
  it("holds current ISO countries from world-countries and historical states with codes of their own", () => {
    expect(findCountry("NAM")).toMatchObject({ name: "Namibia", alpha2: "NA", historical: false });
    expect(findCountry("DDR")).toMatchObject({ historical: true, alpha2: "DD", successorCodes: ["DEU"] });
    expect(findCountry("XWG")).toMatchObject({ historical: true, alpha2: null, existedUntil: "1990-10-03" });
    expect(findCountry("SUN")?.name).toBe("Union of Soviet Socialist Republics");
    // The successor exists alongside: nothing is merged.
    expect(findCountry("DEU")?.historical).toBe(false);
    expect(findCountry("ZZZ")).toBeUndefined();
  });

  it("has unique codes in sorted order, every successor resolvable", () => {
    const codes = allCountries().map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort((a, b) => a.localeCompare(b))).toEqual(codes);
    for (const country of allCountries()) {
      for (const successor of country.successorCodes) expect(findCountry(successor), `${country.code} → ${successor}`).toBeDefined();
    }
  });

  it("rejects malformed codes with what was expected and received, and normalises case", () => {
    expect(parseCountryCode("usa")).toBe("USA");
    expect(() => parseCountryCode("US")).toThrow('code: expected an ISO 3166-1 alpha-3 country code (three letters, e.g. "USA"), received "US"');
    expect(() => parseCountryCode("U1A", "codes[2]")).toThrow(/^codes\[2\]: expected/);
  });
});

describe("UN membership seed", () => {
  it("has the 193 member states, without the Holy See the package flags as a member", () => {
    const codes = UN_MEMBERSHIP_SEED.members.map((m) => m.code);
    expect(codes).toHaveLength(193);
    expect(codes).not.toContain("VAT");
    expect(codes).not.toContain("PSE");
    expect(codes).toContain("NAM");
  });
});
