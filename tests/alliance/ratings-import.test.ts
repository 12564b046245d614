/** Bad rows in Freedom House and V-Dem files: each rejected with its line and reason, every good row kept, nothing stored lost. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importFreedomHouse, importVdem } from "../../subgraphs/alliance/import/ratings-import.js";
import { openAllianceStore } from "../../subgraphs/alliance/store.js";
import { FIXTURES } from "../shared-data.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratings-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe("ratings import with bad rows", () => {
  it("rejects each bad Freedom House row with its line and reason and keeps what was stored", async () => {
    const store = openAllianceStore(":memory:");
    await importFreedomHouse(store.db, path.join(FIXTURES, "freedomhouse-mini.csv"), { progress: null });
    const before = store.db.prepare("SELECT count(*) FROM freedom_rating").pluck().get();
    const file = write(
      "fh-bad.csv",
      [
        "year,country,iso2c,iso3c,continent,political_rights,civil_liberties,status,color",
        "2024,Canada,CA,CAN,Americas,1,1,Free,#x",
        "1960,Canada,CA,CAN,Americas,1,1,Free,#x",
        "2024,Estonia,EE,EST,Europe,9,1,Free,#x",
        "2024,Estonia,EE,EST,Europe,1,1,Very Free,#x",
        "2024,Atlantis,,,Europe,1,1,Free,#x",
        "2024,Nowhere,QQ,QQQ,Europe,1,1,Free,#x",
        "2024,Canada,CA,CAN,Americas,2,2,Free,#x",
      ].join("\n"),
    );
    const report = await importFreedomHouse(store.db, file, { progress: null });
    expect(report.rejected).toEqual([
      { line: 3, reason: 'year: expected a year from 1972 (Freedom House\'s first) to 2100, received "1960"' },
      { line: 4, reason: 'political_rights: expected 1 to 7, received "9"' },
      { line: 5, reason: 'status: expected Free, Partially Free or Not Free, received "Very Free"' },
      { line: 6, reason: 'country "Atlantis" has no iso3c code and is not a known historical state' },
      { line: 7, reason: 'iso3c "QQQ" (Nowhere) is not a country code the hub knows' },
      { line: 8, reason: "a second rating of CAN (Canada) for 2024; the first is on line 2" },
    ]);
    expect(report.inserted).toBe(1);
    expect(store.db.prepare("SELECT count(*) FROM freedom_rating").pluck().get()).toBe(Number(before) + 1);
    expect(store.db.prepare("SELECT political_rights FROM freedom_rating WHERE country_code = 'CAN' AND year = 2024").pluck().get()).toBe(1);
    store.close();
  });

  it("rejects bad V-Dem rows the same way", async () => {
    const store = openAllianceStore(":memory:");
    const file = write(
      "vdem-bad.csv",
      ["Entity,Code,Year,Political regime", "Canada,CAN,2022,3", "Canada,CAN,2023,4", "Mars,OWID_MRS,2022,1", "Atlantis,,2022,1", "Canada,CAN,year,3"].join(
        "\n",
      ),
    );
    const report = await importVdem(store.db, file, { progress: null });
    expect(report.rejected).toEqual([
      { line: 3, reason: 'Political regime: expected 0 to 3, received "4"' },
      { line: 4, reason: 'code "OWID_MRS" (Mars) is not a country code the hub knows' },
      { line: 5, reason: 'entity "Atlantis" has no code and is not a known V-Dem unit' },
      { line: 6, reason: 'Year: expected a year from 1700 to 2100, received "year"' },
    ]);
    expect(report.inserted).toBe(1);
    await expect(importVdem(store.db, write("wrong.csv", "Country,Year\nCanada,2022\n"), { progress: null })).rejects.toThrow(
      "wrong.csv: expected columns Entity, Code, Year, Political regime; received Country, Year (missing Entity, Code, Political regime)",
    );
    store.close();
  });
});
