/**
 * The registry's memberships read in a worker thread from the store's file equal the reference
 * read (the rows taken one by one on this thread, as the engine did before), over generated
 * registries (SYNTHETIC IGOs, years and members, made here from seeds for this test only): the
 * packed form, and the membership index an engine builds on it after `loadStoreChanges`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OverlapsEngine } from "../../subgraphs/overlaps/analytics/engine.js";
import type { MemberLevel } from "../../subgraphs/overlaps/analytics/membership-index.js";
import { packedMembershipsInThread } from "../../subgraphs/overlaps/analytics/overlaps-pool.js";
import { readPackedMemberships, unpackMemberships, type RegistryYears } from "../../subgraphs/overlaps/analytics/registry-members.js";
import { HubGatewayClient } from "../../subgraphs/platform/hub-gateway.js";
import { HubSnapshot } from "../../subgraphs/overlaps/hub-snapshot.js";
import { openOverlapsStore, type OverlapsStore } from "../../subgraphs/overlaps/store.js";
import { seededRandom } from "../conformance/operations.js";

const CODES = ["USA", "FRA", "DEU", "BRA", "IND", "ZAF", "JPN", "CAN", "GBR", "MEX", "KEN", "IDN"];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-registry-thread-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A generated registry: some members recorded in years their IGO is not listed in, as the real data has. */
function generatedStore(seed: number): OverlapsStore {
  const random = seededRandom(seed);
  const store = openOverlapsStore(path.join(dir, `registry-${seed}.sqlite`));
  const igo = store.db.prepare("INSERT INTO igo (ioname, orgname, longorgname) VALUES (?, ?, ?)");
  const year = store.db.prepare("INSERT INTO igo_year (ioname, year) VALUES (?, ?)");
  const member = store.db.prepare("INSERT INTO igo_membership (ioname, year, country_code, status) VALUES (?, ?, ?, ?)");
  store.db.transaction(() => {
    for (let i = 0; i < 5 + Math.floor(random() * 20); i++) {
      const ioname = `IGO${i}`;
      igo.run(ioname, `Synthetic organisation ${i}`, random() < 0.5 ? null : `The synthetic organisation number ${i}`);
      const first = 1900 + Math.floor(random() * 100);
      const last = first + Math.floor(random() * 20);
      for (let y = first - 2; y <= last + 2; y++) {
        if (y >= first && y <= last) year.run(ioname, y);
        for (const code of CODES) if (random() < 0.3) member.run(ioname, y, code, 1 + Math.floor(random() * 3));
      }
    }
  })();
  store.noteWrite();
  return store;
}

/** The reference: every row as an object, added to its IGO's year and level one at a time. */
function referenceYears(store: OverlapsStore): RegistryYears {
  const registry: RegistryYears = new Map();
  for (const row of store.db.prepare("SELECT ioname, year, country_code, status FROM igo_membership").iterate() as IterableIterator<{
    ioname: string;
    year: number;
    country_code: string;
    status: MemberLevel;
  }>) {
    const years = registry.get(row.ioname) ?? new Map();
    registry.set(row.ioname, years);
    const levels = years.get(row.year) ?? new Map();
    years.set(row.year, levels);
    const members = levels.get(row.status) ?? new Set();
    levels.set(row.status, members);
    members.add(row.country_code);
  }
  return registry;
}

describe("the registry's memberships read in a worker thread", () => {
  it("equal the reference read, for 8 generated registries", async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const store = generatedStore(seed);
      const inThread = packedMembershipsInThread(store.db.name);
      expect(inThread).not.toBeNull();
      const packed = await inThread!;
      expect(packed.rows.length).toBeGreaterThan(0);
      expect(unpackMemberships(packed)).toEqual(referenceYears(store));
      expect(unpackMemberships(readPackedMemberships(store.db))).toEqual(referenceYears(store));
      store.close();
    }
  });

  it("give an engine, once it loaded the store, the index it builds on this thread", async () => {
    for (let seed = 11; seed <= 14; seed++) {
      const store = generatedStore(seed);
      const snapshot = new HubSnapshot(new HubGatewayClient("http://127.0.0.1:9/graphql"));
      const threaded = new OverlapsEngine(store, snapshot);
      const reference = new OverlapsEngine(store, snapshot);
      await threaded.loadStoreChanges();
      // Read by the worker, before any answer asked: the index below is built on that read.
      expect((threaded as unknown as { stored: { version: string } | null }).stored?.version).toBe(store.version());
      const a = threaded.index();
      const b = reference.index();
      expect(a.bodies).toEqual(b.bodies);
      expect(a.years).toEqual(b.years);
      for (const body of b.bodies) {
        expect(a.lastYearOf(body.id)).toBe(b.lastYearOf(body.id));
        for (const year of b.years) {
          for (const levels of [[1], [1, 2], [1, 2, 3]] as MemberLevel[][])
            expect(a.membersOf(body.id, year, levels)).toEqual(b.membersOf(body.id, year, levels));
        }
      }
      expect(threaded.latestYear()).toBe(reference.latestYear());
      store.close();
    }
  });
});
