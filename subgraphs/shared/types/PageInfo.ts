import { Directive, Field, ObjectType } from "type-graphql";

/** Relay's page information; shared by every subgraph that paginates, hence @shareable. */
@ObjectType({ description: "Where a page of a connection stands (Relay cursor connections)." })
export class PageInfo {
  @Directive("@shareable")
  @Field(() => Boolean, { description: "Whether more items follow this page." })
  hasNextPage!: boolean;

  @Directive("@shareable")
  @Field(() => Boolean, { description: "Whether items come before this page." })
  hasPreviousPage!: boolean;

  @Directive("@shareable")
  @Field(() => String, { nullable: true, description: "Cursor of the first item of this page; null when the page is empty." })
  startCursor!: string | null;

  @Directive("@shareable")
  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last item of this page; pass it as `after` for the next page. Null when the page is empty.",
  })
  endCursor!: string | null;
}
