import { createUnionType } from "type-graphql";
import { Country } from "./Country.js";
import { Participant } from "./participation.js";

/** Who speaks in the Alliance's deliberations: a member government (its country) or a network participant. */
export const Actor = createUnionType({
  name: "Actor",
  description: "Who acted in the Alliance's deliberations: a member government (its Country) or a network Participant.",
  types: () => [Country, Participant] as const,
  // Countries are keyed by `code`; participants carry a `constituency` and no `code`.
  resolveType: (value) => ("code" in value ? "Country" : "Participant"),
});
