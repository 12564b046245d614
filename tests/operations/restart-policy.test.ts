/** The launcher's restart policy: a back-off that doubles, and giving up on a service that keeps crashing. */
import { describe, expect, it } from "vitest";
import { RestartPolicy } from "../../gateway/launcher/restart-policy.js";

describe("restart policy", () => {
  it("backs off 1, 2, 4, 8, 16 s and gives up on the sixth crash within the window", () => {
    const policy = new RestartPolicy(5, 60_000);
    const decisions = [0, 1, 2, 3, 4, 5].map((i) => policy.onCrash("d10", 1000 * i));
    expect(decisions.map((d) => d.delayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000]);
    expect(decisions.map((d) => d.giveUp)).toEqual([false, false, false, false, false, true]);
  });

  it("forgets crashes older than the window, and counts each service on its own", () => {
    const policy = new RestartPolicy(2, 60_000);
    policy.onCrash("d10", 0);
    policy.onCrash("d10", 1000);
    expect(policy.onCrash("un-votes", 2000)).toMatchObject({ giveUp: false, crashes: 1 });
    expect(policy.onCrash("d10", 70_000)).toMatchObject({ giveUp: false, crashes: 1, delayMs: 1000 });
  });
});
