import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../shared/types/PageInfo.js";
import { GroupPosition } from "./GroupPosition.js";

@ObjectType({ description: "An edge of a group-position connection." })
export class GroupPositionEdge {
  @Field(() => String, { description: "Opaque cursor." })
  cursor!: string;

  @Field(() => GroupPosition, { description: "The group on this roll call." })
  node!: GroupPosition;
}

@ObjectType({ description: "A page of the group's positions, oldest roll call first." })
export class GroupPositionConnection {
  @Field(() => Int, { description: "Roll calls in the period, over all pages." })
  totalCount!: number;

  @Field(() => [GroupPositionEdge], { description: "This page." })
  edges!: GroupPositionEdge[];

  @Field(() => PageInfo, { description: "Whether more follow, and the cursor to continue from." })
  pageInfo!: PageInfo;
}
