import { Directive, Field, ObjectType } from "type-graphql";
import { GraphQLDate } from "graphql-scalars";
import { Region } from "./region-types.js";

export const COUNTRY_DESCRIPTION =
  "A state, current or historical, or a territory with an ISO 3166-1 code. Keyed by `code`: " +
  "ISO 3166-1 alpha-3 for current countries, and a stable code of its own for each historical state.";

/**
 * The reference fields of `Country`, which every subgraph resolves from the same shared table
 * (subgraphs/shared/countries). They are @shareable so that a query never crosses to another
 * subgraph just for a name; they cannot disagree because they come from one module.
 * Each subgraph's `Country` extends it. type-graphql inherits fields only from a decorated class;
 * this one never appears in a schema because no field returns it.
 */
@ObjectType("CountryBase")
export abstract class CountryBase {
  @Field(() => String, { description: "ISO 3166-1 alpha-3 code, or a historical state's own stable code." })
  code!: string;

  @Directive("@shareable")
  @Field(() => String, { description: "Common English name." })
  name!: string;

  @Directive("@shareable")
  @Field(() => String, { description: "Official English name." })
  officialName!: string;

  @Directive("@shareable")
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code (retired code for a historical state; null when it never had one)." })
  alpha2!: string | null;

  @Directive("@shareable")
  @Field(() => Boolean, { description: "True for a state that no longer exists (the USSR, Yugoslavia, the two Germanies before 1990, …)." })
  historical!: boolean;

  @Directive("@shareable")
  @Field(() => GraphQLDate, { nullable: true, description: "For a historical state, the day it ceased to exist." })
  existedUntil!: string | null;

  @Directive("@shareable")
  @Field(() => [String], { description: "For a historical state, the codes of the states that followed it." })
  successorCodes!: readonly string[];

  @Directive("@shareable")
  @Field(() => Region, { nullable: true, description: "World region; null for historical states." })
  region!: Region | null;
}
