/**
 * The README's GraphQL examples, for the explorer's tabs: every ```graphql block, named after the
 * section it stands in, so a developer opens the explorer on the operations the README explains.
 */
export type ReadmeOperation = { title: string; query: string };

export function readmeOperations(readme: string): ReadmeOperation[] {
  const operations: ReadmeOperation[] = [];
  let heading = "README";
  let inSection = 0;
  const blocks = /^(#{2,4}) (.+)$|^```graphql\n([\s\S]*?)^```$/gm;
  for (let match = blocks.exec(readme); match; match = blocks.exec(readme)) {
    if (match[2] !== undefined) {
      heading = match[2].trim();
      inSection = 0;
      continue;
    }
    inSection++;
    operations.push({ title: inSection === 1 ? heading : `${heading} (${inSection})`, query: match[3] });
  }
  return operations;
}
