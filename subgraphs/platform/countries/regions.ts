/** World regions as the country reference (world-countries) names them. */
export enum Region {
  AFRICA = "AFRICA",
  AMERICAS = "AMERICAS",
  ANTARCTIC = "ANTARCTIC",
  ASIA = "ASIA",
  EUROPE = "EUROPE",
  OCEANIA = "OCEANIA",
}

/** The region of a world-countries entry; null for an empty or unknown name. */
export function regionOf(name: string | null | undefined): Region | null {
  const key = name?.toUpperCase();
  return key && Object.hasOwn(Region, key) ? Region[key as keyof typeof Region] : null;
}

/** The five UN regional groups, in which member states are elected to UN bodies. */
export enum UnRegionalGroup {
  AFRICAN = "AFRICAN",
  ASIA_PACIFIC = "ASIA_PACIFIC",
  EASTERN_EUROPEAN = "EASTERN_EUROPEAN",
  LATIN_AMERICAN_AND_CARIBBEAN = "LATIN_AMERICAN_AND_CARIBBEAN",
  WESTERN_EUROPEAN_AND_OTHERS = "WESTERN_EUROPEAN_AND_OTHERS",
}

const GROUP_BY_NAME: Record<string, UnRegionalGroup> = {
  "African Group": UnRegionalGroup.AFRICAN,
  "Asia and the Pacific Group": UnRegionalGroup.ASIA_PACIFIC,
  "Eastern European Group": UnRegionalGroup.EASTERN_EUROPEAN,
  "Latin American and Caribbean Group": UnRegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN,
  "Western European and Others Group": UnRegionalGroup.WESTERN_EUROPEAN_AND_OTHERS,
};

/** The group of a name as world-countries writes it (`Western European and Others Group`); null for none or an unknown name. */
export function unRegionalGroupOf(name: string | null | undefined): UnRegionalGroup | null {
  return (name && GROUP_BY_NAME[name]) || null;
}
