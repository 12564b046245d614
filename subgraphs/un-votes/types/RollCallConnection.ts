import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../shared/types/PageInfo.js";
import { RollCall } from "./RollCall.js";

@ObjectType({ description: "An edge of a roll-call connection." })
export class RollCallEdge {
  @Field(() => String, { description: "Opaque cursor of this roll call." })
  cursor!: string;

  @Field(() => RollCall, { description: "The roll call." })
  node!: RollCall;
}

@ObjectType({ description: "A page of roll calls, oldest first." })
export class RollCallConnection {
  @Field(() => Int, { description: "Roll calls matching the filter, over all pages." })
  totalCount!: number;

  @Field(() => [RollCallEdge], { description: "This page's roll calls with their cursors." })
  edges!: RollCallEdge[];

  @Field(() => PageInfo, { description: "Whether more follow, and the cursor to continue from." })
  pageInfo!: PageInfo;
}
