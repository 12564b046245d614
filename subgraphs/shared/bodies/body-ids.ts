/**
 * Every body the hub knows, by id, and the GraphQL type that represents it. Activities name the
 * body that runs them by these ids, `Query.body(id)` resolves them, and the `Body` interface
 * picks its concrete type from here, so each subgraph can return a body it does not own as a
 * reference (`{ id }`) that the gateway completes from the owner.
 */
export const HUB_BODY_TYPES = {
  "community-of-democracies": "CommunityOfDemocracies",
  d10: "D10",
  g7: "AssociatedBody",
  "summit-for-democracy": "AssociatedBody",
  "alliance-of-democracies": "Alliance",
  "un-democracy-caucus": "UnDemocracyCaucus",
} as const;

export type BodyTypeName = (typeof HUB_BODY_TYPES)[keyof typeof HUB_BODY_TYPES] | "RegistryOrganization" | "ExternalBody";

/** Registry IGOs are `cow:<ioname>`. */
export const REGISTRY_BODY_PREFIX = "cow:";

/**
 * Bodies beyond the hub's own and the registry, imported by the overlaps subgraph: informal groups
 * (`iigo:lima-group`), dead IGOs (`digo:…`), the governments and initiatives commitments belong to
 * (`gov:USA`, `initiative:pidr`), and the European Union (`eu`).
 */
export const EXTERNAL_BODY_PREFIXES = ["iigo:", "digo:", "gov:", "initiative:"] as const;
export const EXTERNAL_BODY_IDS = ["eu"] as const;

/** The concrete type of a body id; null for an id no body has the shape of. */
export function bodyTypeName(id: string): BodyTypeName | null {
  if (Object.hasOwn(HUB_BODY_TYPES, id)) return HUB_BODY_TYPES[id as keyof typeof HUB_BODY_TYPES];
  if (id.startsWith(REGISTRY_BODY_PREFIX) && id.length > REGISTRY_BODY_PREFIX.length) return "RegistryOrganization";
  if ((EXTERNAL_BODY_IDS as readonly string[]).includes(id) || EXTERNAL_BODY_PREFIXES.some((prefix) => id.startsWith(prefix) && id.length > prefix.length))
    return "ExternalBody";
  return null;
}

/** For `resolveType` of the `Body` interface: objects carry their id, the type follows from it. */
export function resolveBodyType(value: { id: string }): string {
  const name = bodyTypeName(value.id);
  if (!name) throw new Error(`no body type for the id ${JSON.stringify(value.id)}`);
  return name;
}
