/** The Alliance's own activities, recorded by the secretariat so that overlaps can compare them with other bodies'. */
import { randomUUID } from "node:crypto";
import { upsertActivities, type ActivitySeed } from "../../shared/activities.js";
import { Role, type Actor } from "../../shared/auth.js";
import type { Recorder } from "./recorder.js";
import { bad, LIMITS, requireCountry, requireText, optionalUrl } from "./validation.js";

export type ActivityInput = {
  kind: ActivitySeed["kind"];
  title: string;
  description?: string | null;
  topics: string[];
  countryCodes: string[];
  startDate?: string | null;
  endDate?: string | null;
  sourceTitle: string;
  sourceUrl?: string | null;
};

/** A partial date as activities carry them: YYYY, YYYY-MM or YYYY-MM-DD; null when absent. */
function period(field: string, value: string | null | undefined): string | null {
  if (!value) return null;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw bad(field, `expected YYYY, YYYY-MM or YYYY-MM-DD, received ${JSON.stringify(value)}`);
  return value;
}

export class ActivityCommands {
  constructor(private readonly recorder: Recorder) {}

  /** Records an activity and returns its id. */
  record(actor: Actor, input: ActivityInput): string {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT]);
    const title = requireText("title", input.title, LIMITS.title);
    const seed: ActivitySeed = {
      id: `aod:${randomUUID()}`,
      kind: input.kind,
      title,
      description: input.description ? requireText("description", input.description, LIMITS.text) : null,
      topics: input.topics.map((topic, i) => requireText(`topics[${i}]`, topic, 100).toLowerCase()),
      countryCodes: input.countryCodes.map((code, i) => requireCountry(`countryCodes[${i}]`, code)),
      startDate: period("startDate", input.startDate),
      endDate: period("endDate", input.endDate),
      source: {
        title: requireText("sourceTitle", input.sourceTitle, LIMITS.title),
        url: optionalUrl("sourceUrl", input.sourceUrl),
        checkedOn: new Date().toISOString().slice(0, 10),
        note: `Recorded by ${actor.id}.`,
      },
    };
    this.recorder.recorded(actor, role, "recordActivity", `activity:${seed.id}`, seed, () => upsertActivities(this.recorder.store.db, [seed]));
    return seed.id;
  }

  /** The activity with this id, as recorded; null when there is none. */
  find(id: string) {
    return this.recorder.records.activities().find((activity) => activity.id === id) ?? null;
  }
}
