/** A request document's fragments by name, for the passes that walk its selections (limits, the direct path, failover). */
import { Kind, type DocumentNode, type FragmentDefinitionNode } from "graphql";

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
}
