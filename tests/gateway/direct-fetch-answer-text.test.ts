/**
 * The direct path writes a checked answer's data as the subgraph wrote it, and only then: every
 * other result is serialised as Apollo Server does. (Byte-for-byte equality with the direct path
 * off, over generated operations, is the conformance harness's: tests/conformance/.)
 */
import { describe, expect, it } from "vitest";
import { passThroughData, rememberAnswerText, stringifyResult } from "../../gateway/direct-fetch/answer-text.js";

/** As the data source parses a subgraph's answer. */
function received(text: string): { data?: unknown } {
  const answer = JSON.parse(text) as { data?: unknown };
  rememberAnswerText(answer, text);
  return answer;
}

describe("the direct path's answer text", () => {
  it("writes the subgraph's own text of data, spacing and escapes included", () => {
    const text = '{"data":{"a": 1, "b":"caf\\u00e9"}}\n';
    const answer = received(text);
    passThroughData(answer);
    expect(stringifyResult({ data: answer.data as Record<string, unknown> })).toBe('{"data":{"a": 1, "b":"caf\\u00e9"}}\n');
    // Apollo Server's own serialisation of the same result, for contrast: the same JSON.
    expect(JSON.parse(stringifyResult({ data: answer.data as Record<string, unknown> }))).toEqual(JSON.parse(`${JSON.stringify({ data: answer.data })}`));
  });

  it("serialises as Apollo Server does when errors or extensions join the data, or the data was not marked", () => {
    const answer = received('{"data":{"a":1}}');
    passThroughData(answer);
    const data = answer.data as Record<string, unknown>;
    expect(stringifyResult({ data, extensions: { note: 1 } })).toBe(`${JSON.stringify({ data, extensions: { note: 1 } })}\n`);
    expect(stringifyResult({ data, errors: [{ message: "m" }] })).toBe(`${JSON.stringify({ data, errors: [{ message: "m" }] })}\n`);
    expect(stringifyResult({ data: { a: 1 } })).toBe('{"data":{"a":1}}\n');
    const unmarked = received('{"data":{"a" : 2}}');
    expect(stringifyResult({ data: unmarked.data as Record<string, unknown> })).toBe('{"data":{"a":2}}\n');
  });

  it("marks nothing for an answer whose text holds more than data, or does not start with it", () => {
    for (const text of ['{"data":{"a":1},"extensions":{"x":1}}', '{ "data":{"a":1}}', '{"errors":[],"data":{"a":1}}']) {
      const answer = received(text);
      passThroughData(answer);
      expect(stringifyResult({ data: answer.data as Record<string, unknown> })).toBe('{"data":{"a":1}}\n');
    }
  });
});
