/**
 * Every page of a connection, asked one after another (a cursor can only be followed): the
 * console's one paging loop. A page that does not come back ends the reading with what it has and
 * the errors, for the caller to say.
 */
import { request, type Answer, type GraphQLErrorInfo, type OperationName, type ResultOf, type VariablesOf } from "./graphql.js";

export type Page<Node> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] };

export type AllPages<Node> = { nodes: Node[]; totalCount: number; errors: GraphQLErrorInfo[]; complete: boolean };

export async function allPages<N extends OperationName, Node>(
  operation: N,
  variables: Omit<VariablesOf<N>, "after">,
  pageOf: (data: ResultOf<N>) => Page<Node> | null | undefined,
  onPage?: (read: number, total: number) => void,
): Promise<AllPages<Node>> {
  const nodes: Node[] = [];
  const errors: GraphQLErrorInfo[] = [];
  let totalCount = 0;
  let after: string | null = null;
  do {
    // Every console operation that pages takes `after`; the generated types cannot say so of all of them at once.
    const answer: Answer<ResultOf<N>> = await request(operation, { ...variables, after } as VariablesOf<N>);
    errors.push(...answer.errors);
    const page: Page<Node> | null | undefined = answer.data ? pageOf(answer.data) : null;
    if (!page) return { nodes, totalCount, errors, complete: false };
    nodes.push(...page.nodes);
    totalCount = page.totalCount;
    onPage?.(nodes.length, totalCount);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { nodes, totalCount, errors, complete: true };
}
