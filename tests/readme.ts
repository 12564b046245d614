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

/** The Quick start's first query by curl: the JSON it sends and the answer shown under it. */
export async function readmeFirstQuery(): Promise<{ body: unknown; output: unknown }> {
  const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
  const block = /```sh\ncurl -s (\S+) [^\n]*\\\n\s*-d '([^']*)'\n# (\{.*\})\n```/.exec(readme);
  if (!block) throw new Error("README.md: the Quick start needs a ```sh block with `curl -s <url> … -d '<json>'` and the answer as a `# {…}` line");
  return { body: JSON.parse(block[2]), output: JSON.parse(block[3]) };
}
