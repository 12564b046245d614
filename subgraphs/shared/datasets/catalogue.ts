/**
 * The public data sets the hub imports, which subgraph owns each, and the GraphQL type that
 * represents it. Titles, publishers, licences and citations as in each subgraph's data/NOTICE.md,
 * written when the bundled snapshot was made (2026-11-29).
 */
export const DATA_SETS = {
  unvotes: {
    typeName: "VotingRecord",
    owner: "un-votes",
    title: "United Nations General Assembly Voting Data (Voeten), roll calls, issue tags and votes",
    publishedBy: "the R package unvotes (David Robinson), as plain CSV by rfordatascience/tidytuesday, data/2021/2021-03-23",
    licence: "CC0 1.0",
    citation: 'Erik Voeten, Anton Strezhnev and Michael Bailey, "United Nations General Assembly Voting Data", Harvard Dataverse, doi:10.7910/DVN/LEJUQZ',
  },
  "un-resolutions": {
    typeName: "VotingRecord",
    owner: "un-votes",
    title: "United Nations General Assembly resolutions, machine-readable (sessions 74–80, ES-10, ES-11, S-32): sponsors and recorded votes",
    publishedBy: "the UN Department for General Assembly and Conference Management, GitHub UNxml/GAresolutions, data_extract/",
    licence: "free use on condition that the United Nations is acknowledged as the source; unofficial copies, without warranty",
    citation: "Source: United Nations, General Assembly resolutions in machine-readable form (UNxml/GAresolutions)",
  },
  freedomhouse: {
    typeName: "RatingSeries",
    owner: "alliance",
    title: "Freedom House, Freedom in the World: political rights, civil liberties and status per country and year",
    publishedBy: "the R package freedomhouse (pachadotdev)",
    licence: "the package's data under CC0; the ratings are Freedom House's",
    citation: 'Freedom House, "Freedom in the World" (1973–2024 editions), freedomhouse.org',
  },
  vdem: {
    typeName: "RatingSeries",
    owner: "alliance",
    title: "V-Dem, Regimes of the World, per country and year (version 13)",
    publishedBy: "Our World in Data's grapher",
    licence: "CC BY 4.0",
    citation:
      'Coppedge et al., "V-Dem Dataset v13", doi:10.23696/vdemds23; Lührmann, Tannenberg and Lindberg, "Regimes of the World (RoW)", Politics and Governance 6(1), 2018',
  },
  "cow-igo": {
    typeName: "IgoRegistry",
    owner: "overlaps",
    title: "Correlates of War, Intergovernmental Organizations version 3, with the state system membership list (2016)",
    publishedBy: "the R package igoR (dieghernan)",
    licence: "free for use with citation",
    citation:
      'Pevehouse, Nordstrom, McManus and Jamison, "Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets", Journal of Peace Research 57(3), 2020',
  },
  manyios: {
    typeName: "IgoRegistry",
    owner: "overlaps",
    title: "Informal intergovernmental organisations (IIGO 2.0) with dated state memberships, and dead IGOs (DIGO) with their mandate",
    publishedBy: "the R package manyios (globalgov), commit ed96b2f (2025-06-02)",
    licence: "CC BY 4.0",
    citation:
      'Vabulas and Snidal, "Cooperation under autonomy: building and analyzing the Informal Intergovernmental Organizations 2.0 dataset", Journal of Peace Research 58(4), 2021; Debre and Dijkstra, "Institutional design for a post-liberal order: why some international organizations live longer than others", European Journal of International Relations 27(1), 2021; via Hollway et al., manyios',
  },
  "eu-members": {
    typeName: "IgoRegistry",
    owner: "overlaps",
    title: "The European Union's member states with their accession and exit dates",
    publishedBy: "the European Union Member State (EUMS) Database (Joshua C. Fjelstul), data-raw/member_states_raw.csv",
    licence: "MIT",
    citation: "Joshua C. Fjelstul, The European Union Member State (EUMS) Database, github.com/jfjelstul/eums (2021)",
  },
  "us-commitments": {
    typeName: "IgoRegistry",
    owner: "overlaps",
    title: "White House fact sheets on democracy support, 2021–2024: programmes, funds and coalitions with agency, amount and purpose",
    publishedBy: "the White House briefing room (archived at bidenwhitehouse.archives.gov), mirrored by brian14708/wh-briefings (commit 737ca03)",
    licence: "U.S. Government works (public domain); the mirror CC0",
    citation: "The White House, fact sheets of 2021–2024 (each commitment names its own)",
  },
  "canada-ogp": {
    typeName: "IgoRegistry",
    owner: "overlaps",
    title: "Canada's Open Government Partnership national action plans 5 (2022–2024) and 6 (2025–2029): commitments, milestones and indicators",
    publishedBy: "the Government of Canada's open-data portal, open-data/ckanext-canada tables/nap5.yaml and nap6.yaml (commit fb4263f)",
    licence: "Open Government Licence – Canada",
    citation: "Contains information licensed under the Open Government Licence – Canada",
  },
} as const;

export type DataSetName = keyof typeof DATA_SETS;
export const DATA_SET_NAMES = Object.keys(DATA_SETS) as DataSetName[];

export function isDataSetName(name: string): name is DataSetName {
  return Object.hasOwn(DATA_SETS, name);
}

/** For `resolveType` of the `DataSet` interface: objects carry their name, the type follows from it. */
export function resolveDataSetType(value: { name: string }): string {
  if (!isDataSetName(value.name)) throw new Error(`no data set is named ${JSON.stringify(value.name)}`);
  return DATA_SETS[value.name].typeName;
}
