/**
 * The direct path's answer written as the subgraph wrote it. A checked answer (answer-check.ts)
 * is already the client's data, value for value and key for key; serialising the parsed copy
 * again only rebuilds the text the subgraph sent. So the subgraph's text of `data` is kept beside
 * the parsed object, and the gateway's Apollo Server writes it (its documented `stringifyResult`)
 * when the result is that object alone, no errors or extensions added. Anything else is
 * serialised as Apollo Server always does.
 *
 * The text is the subgraph's: for a subgraph that serialises with JSON.stringify (Apollo Server,
 * every subgraph here) it is byte for byte what serialising the parsed copy gives; for another it
 * is the same JSON, possibly spaced or escaped differently.
 */
import type { FormattedExecutionResult } from "graphql";

/** The texts of subgraph answers by the parsed answer, set by the data source as it parses. */
const answerTexts = new WeakMap<object, string>();
/** The text of `data` by the data object the direct path hands to Apollo Server. */
const dataTexts = new WeakMap<object, string>();

const PREFIX = '{"data":';

/** Results written as received since start (a test reads it, to know the path is taken). */
export const answerTextCounts = { writtenAsReceived: 0 };

export function rememberAnswerText(answer: object, text: string): void {
  answerTexts.set(answer, text);
}

/**
 * Marks a checked answer's data to be written as the subgraph wrote it: only an answer whose text
 * is `{"data":…}` and nothing else (the parsed answer has the one key), so the text between is
 * exactly the data's.
 */
export function passThroughData(answer: { data?: unknown }): void {
  const text = answerTexts.get(answer);
  if (text === undefined || typeof answer.data !== "object" || answer.data === null || Object.keys(answer).length !== 1) return;
  if (!text.startsWith(PREFIX)) return;
  const end = text.trimEnd();
  if (!end.endsWith("}")) return;
  dataTexts.set(answer.data, text.slice(PREFIX.length, end.length - 1));
}

/** Apollo Server's `stringifyResult`, with the direct path's data written as received. */
export function stringifyResult(result: FormattedExecutionResult): string {
  if (result.errors === undefined && result.extensions === undefined && typeof result.data === "object" && result.data !== null) {
    const text = dataTexts.get(result.data);
    if (text !== undefined) {
      answerTextCounts.writtenAsReceived++;
      return `${PREFIX}${text}}\n`;
    }
  }
  return `${JSON.stringify(result)}\n`;
}
