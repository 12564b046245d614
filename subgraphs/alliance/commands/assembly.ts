/**
 * The transnational citizens' assembly: the secretariat opens sessions, seats members and records
 * adopted recommendations; the secretariat or a member government records its response.
 */
import { Role, type Actor } from "../../shared/auth.js";
import type { AssemblyMemberRow, RecommendationRow, ResponseRow, SessionRow } from "../records.js";
import type { Recorder } from "./recorder.js";
import { forbidden, LIMITS, notFound, requireCountry, requireDay, requireText, optionalTextOf } from "./validation.js";

export class AssemblyCommands {
  constructor(private readonly recorder: Recorder) {}

  openSession(actor: Actor, input: { title: string; openedOn?: Date | null; location?: string | null }): SessionRow {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT]);
    const row = {
      title: requireText("title", input.title, LIMITS.title),
      opened_on: requireDay("openedOn", input.openedOn),
      location: optionalTextOf("location", input.location, LIMITS.short),
    };
    return {
      id: this.recorder.recorded(actor, role, "openAssemblySession", `assembly:${row.title}`, row, () => this.recorder.records.insertSession(row)),
      ...row,
    };
  }

  private requireSession(id: number): void {
    if (this.recorder.records.sessionsByIds([id]).length === 0) throw notFound("sessionId", `no assembly session has the id ${id}`);
  }

  addMember(actor: Actor, input: { sessionId: number; name: string; residenceCountryCode: string }): AssemblyMemberRow {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT]);
    this.requireSession(input.sessionId);
    const row = {
      session_id: input.sessionId,
      name: requireText("name", input.name, LIMITS.name),
      residence_code: requireCountry("residenceCountryCode", input.residenceCountryCode),
    };
    return {
      id: this.recorder.recorded(actor, role, "addAssemblyMember", `assembly:${input.sessionId}`, row, () => this.recorder.records.insertAssemblyMember(row)),
      ...row,
    };
  }

  adoptRecommendation(
    actor: Actor,
    input: { sessionId: number; title: string; text: string; dimension: "INTERNAL" | "EXTERNAL"; adoptedOn?: Date | null },
  ): RecommendationRow {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT]);
    this.requireSession(input.sessionId);
    const row = {
      session_id: input.sessionId,
      title: requireText("title", input.title, LIMITS.title),
      text: requireText("text", input.text, LIMITS.text),
      dimension: input.dimension,
      adopted_on: requireDay("adoptedOn", input.adoptedOn),
    };
    return {
      id: this.recorder.recorded(actor, role, "adoptRecommendation", `assembly:${input.sessionId}`, row, () => this.recorder.records.insertRecommendation(row)),
      ...row,
    };
  }

  /** The member state a delegate speaks for: a delegate without a `country` claim, or of a state that is not a member, speaks for none. */
  private memberGovernment(actor: Actor): string {
    if (!actor.country) throw forbidden(`${actor.id} is a delegate without a \`country\` claim: a delegate acts for the state its token names.`);
    const status = this.recorder.currentStatus(actor.country);
    if (status !== "MEMBER") throw forbidden(`Only member governments respond as governments; ${actor.country} is ${status}.`);
    return actor.country;
  }

  respondToRecommendation(actor: Actor, input: { recommendationId: number; status: string; text: string; respondedOn?: Date | null }): ResponseRow {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE]);
    if (this.recorder.records.recommendationsByIds([input.recommendationId]).length === 0)
      throw notFound("recommendationId", `no recommendation has the id ${input.recommendationId}`);
    const respondedBy = role === Role.SECRETARIAT ? "secretariat" : `government of ${this.memberGovernment(actor)}`;
    const row = {
      recommendation_id: input.recommendationId,
      status: input.status,
      text: requireText("text", input.text, LIMITS.text),
      responded_by: respondedBy,
      responded_on: requireDay("respondedOn", input.respondedOn),
    };
    return {
      id: this.recorder.recorded(actor, role, "respondToRecommendation", `recommendation:${input.recommendationId}`, row, () =>
        this.recorder.records.insertResponse(row),
      ),
      ...row,
    };
  }
}
