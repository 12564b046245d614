/**
 * Bodies as the un-votes subgraph sees them: owned by other subgraphs (whose descriptions the
 * supergraph carries), each keyed by id, with the member codes it @requires to add
 * `generalAssemblyVoting`. The `Body` interface here declares only that field; composition
 * merges it with the owners' declarations.
 */
import { Args, Directive, Field, ID, InterfaceType, ObjectType, type ClassType } from "type-graphql";
import { resolveBodyType, type BodyTypeName } from "../../shared/bodies/body-ids.js";
import { GroupVoting } from "./groups.js";
import { MembershipSpell, type Spell } from "../../shared/bodies/membership-spells.js";
import { BodyVotingArgs } from "./arguments.js";

export const GENERAL_ASSEMBLY_VOTING_DESCRIPTION =
  "How its member states voted in the General Assembly over a session or period (all roll calls when neither is given); null while it lists no members.";

@InterfaceType("Body", { resolveType: resolveBodyType })
export abstract class VotingBody {
  @Field(() => ID)
  id!: string;

  @Field(() => GroupVoting, { nullable: true, description: GENERAL_ASSEMBLY_VOTING_DESCRIPTION })
  generalAssemblyVoting(@Args(() => BodyVotingArgs) _args: BodyVotingArgs): GroupVoting | null {
    // Never called: every body type below resolves the field itself (BodyVotingResolvers.ts).
    throw new Error("generalAssemblyVoting is resolved per body type");
  }
}

/** A body type of another subgraph: its key, and its member codes and dated memberships, which this subgraph requires. */
export type BodyStub = { id: string; memberCodes: string[] | null; membershipSpells: Spell[] | null };

function bodyStub(name: BodyTypeName): ClassType<BodyStub> {
  @Directive(`@key(fields: "id")`)
  @ObjectType(name, { implements: VotingBody })
  class Stub {
    @Field(() => ID)
    id!: string;

    @Directive("@external")
    @Field(() => [String], { nullable: true })
    memberCodes!: string[] | null;

    @Directive("@external")
    @Field(() => [MembershipSpell], { nullable: true })
    membershipSpells!: Spell[] | null;
  }
  return Stub;
}

export const BODY_STUBS = {
  CommunityOfDemocracies: bodyStub("CommunityOfDemocracies"),
  D10: bodyStub("D10"),
  AssociatedBody: bodyStub("AssociatedBody"),
  Alliance: bodyStub("Alliance"),
  UnDemocracyCaucus: bodyStub("UnDemocracyCaucus"),
  RegistryOrganization: bodyStub("RegistryOrganization"),
  ExternalBody: bodyStub("ExternalBody"),
} satisfies Record<BodyTypeName, ClassType<BodyStub>>;
