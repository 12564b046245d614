/**
 * The bodies this subgraph's store holds, as the membership index takes them: the registry's IGOs
 * with their members by year and level, and the structures (informal groups, dead IGOs, the EU)
 * with members by year from their dated spells. Built once per store version; the hub's own
 * bodies, which change far more often, are added beside them by the engine.
 */
import type { OverlapsStore } from "../store.js";
import type { BodyInfo, MemberLevel } from "./membership-index.js";
import type { RegistryYears } from "./registry-members.js";
import { spellYears, StructureCatalog } from "./structure-catalog.js";

export type BodyYears = { info: BodyInfo; years: Map<number, Map<MemberLevel, Set<string>>> };

export type StoredBodies = {
  registry: BodyYears[];
  structures: BodyYears[];
  catalog: StructureCatalog;
  /** The registry's last year (2014 on the real data); 0 when none is imported. */
  registryYear: number;
};

export function storedBodies(store: OverlapsStore, members: RegistryYears): StoredBodies {
  const igos = new Map<string, BodyYears>(
    store.igos().map((igo) => [igo.ioname, { info: { id: `cow:${igo.ioname}`, name: igo.longorgname || igo.orgname, kind: "COW_IGO" }, years: new Map() }]),
  );
  let registryYear = 0;
  // A year the registry lists an IGO in holds its members then, none when nobody is recorded;
  // member rows of a year the IGO is not listed in are not counted.
  for (const { ioname, year } of store.igoYears()) {
    igos.get(ioname)?.years.set(year, members.get(ioname)?.get(year) ?? new Map());
    registryYear = Math.max(registryYear, year);
  }
  const catalog = StructureCatalog.fromStore(store);
  const structures = [...catalog.structures.values()].map((structure): BodyYears => {
    const years = new Map<number, Map<MemberLevel, Set<string>>>();
    const openEnd = catalog.openEnd(structure);
    for (const spell of structure.spells) {
      const span = spellYears(spell, openEnd);
      if (!span) continue;
      for (let year = span[0]; year <= span[1]; year++) {
        let byLevel = years.get(year);
        if (!byLevel) years.set(year, (byLevel = new Map([[1, new Set<string>()]])));
        byLevel.get(1)!.add(spell.countryCode);
      }
    }
    return { info: { id: structure.id, name: structure.name, kind: "EXTERNAL" }, years };
  });
  return { registry: [...igos.values()], structures, catalog, registryYear };
}
