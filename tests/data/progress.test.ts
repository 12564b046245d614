import { describe, expect, it } from "vitest";
import { Progress } from "../../subgraphs/shared/import/progress.js";

describe("import progress", () => {
  it("rewrites one line with rows and rows/s on a terminal", () => {
    const written: string[] = [];
    const progress = new Progress("importing votes", { isTTY: true, write: (text) => written.push(text) });
    progress.advance(20_000);
    progress.done();
    expect(written[0]).toMatch(/^\r\x1b\[2Kimporting votes: 20,000 rows, [\d,]+ rows\/s, \d+\.\d s$/);
    expect(written.at(-1)).toMatch(/20,000 rows.*\n$/);
  });

  it("prints plain lines, not escape codes, when the output is not a terminal", () => {
    const written: string[] = [];
    const progress = new Progress("importing votes", { isTTY: false, write: (text) => written.push(text) });
    progress.advance(5);
    progress.advance(5); // within 5 s of the last line: not printed
    progress.done();
    expect(written).toHaveLength(2);
    expect(written.every((line) => !line.includes("\x1b") && line.endsWith("\n"))).toBe(true);
    expect(written[1]).toMatch(/^importing votes: 10 rows, .* \(done\)\n$/);
  });
});
