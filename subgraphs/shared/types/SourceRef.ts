import { Directive, Field, ObjectType } from "type-graphql";
import { GraphQLDate } from "graphql-scalars";

/** Where a typed-in fact comes from. Shared by every subgraph, hence @shareable on each field. */
@ObjectType("Source", { description: "Where a recorded fact comes from, and when it was last checked against that source." })
export class SourceRef {
  @Directive("@shareable")
  @Field(() => String, { description: "Title of the publication or page." })
  title!: string;

  @Directive("@shareable")
  @Field(() => String, { nullable: true, description: "Address of the source, when it has one." })
  url!: string | null;

  @Directive("@shareable")
  @Field(() => GraphQLDate, { description: "The day the fact was last checked against the source (YYYY-MM-DD)." })
  checkedOn!: string;

  @Directive("@shareable")
  @Field(() => String, { nullable: true, description: "How the fact was taken from the source, and any caveat." })
  note!: string | null;
}
