import { readFile } from "node:fs/promises";

/** The ```graphql block of a README section and the ```json block after it: a documented query and its output. */
export async function readmeExample(heading: string): Promise<{ query: string; output: unknown }> {
  const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
  const start = readme.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`README.md has no section "## ${heading}"`);
  const end = readme.indexOf("\n## ", start + 3);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const query = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
  const output = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (!query || !output) throw new Error(`README.md, section "${heading}": needs a \`\`\`graphql block followed by a \`\`\`json block`);
  return { query, output: JSON.parse(output) };
}
