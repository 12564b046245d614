import { Directive, Field, ObjectType } from "type-graphql";

/** Relay-style page information; shared by every subgraph that paginates, hence @shareable. */
@ObjectType({ description: "Where a page of a connection stands." })
export class PageInfo {
  @Directive("@shareable")
  @Field(() => Boolean, { description: "Whether more items follow this page." })
  hasNextPage!: boolean;

  @Directive("@shareable")
  @Field(() => String, { nullable: true, description: "Cursor of the last item of this page; pass it as `after` for the next page." })
  endCursor!: string | null;
}
