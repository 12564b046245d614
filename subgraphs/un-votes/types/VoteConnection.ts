import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../shared/types/PageInfo.js";
import { Vote } from "./Vote.js";

@ObjectType({ description: "An edge of a vote connection.", simpleResolvers: true })
export class VoteEdge {
  @Field(() => String, { description: "Opaque cursor of this vote." })
  cursor!: string;

  @Field(() => Vote, { description: "The vote." })
  node!: Vote;
}

@ObjectType({ description: "A page of votes." })
export class VoteConnection {
  @Field(() => Int, { description: "Votes in the whole list, over all pages." })
  totalCount!: number;

  @Field(() => [VoteEdge], { description: "This page's votes with their cursors." })
  edges!: VoteEdge[];

  @Field(() => PageInfo, { description: "Whether more follow, and the cursor to continue from." })
  pageInfo!: PageInfo;
}
