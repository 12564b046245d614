/**
 * A panel: one question answered on a page, with its method and denominator stated where it is
 * shown, a progress line while it loads, its CSV download, and its own failure. Panels load
 * independently, so a subgraph that is down blanks only the panels that needed it, with the reason.
 */
import type { CsvTable } from "./csv.js";
import { downloadCsv } from "./download.js";
import { h } from "./dom.js";

export type PanelContent = {
  content: Node;
  /** The numbers behind the content, for the download. */
  csv?: { filename: string; table: CsvTable };
  /** Shown above the content when the answer was partial. */
  warning?: string;
};

/** Thrown by a panel's work when there is nothing to show; the message is the reason shown. */
export class Unavailable extends Error {}

export type Progress = (done: number, total: number, unit: string) => void;

export class Panel {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;
  private readonly download: HTMLButtonElement;
  private readonly method: HTMLElement;
  private csv: PanelContent["csv"] | null = null;
  private generation = 0;

  constructor(parent: HTMLElement, options: { id: string; title: string; method: string; controls?: HTMLElement }) {
    this.method = h("p", { class: "method" }, options.method);
    this.status = h("div", { class: "status", role: "status", "aria-live": "polite" });
    this.body = h("div", { class: "panel-body" });
    this.download = h(
      "button",
      { type: "button", class: "csv", disabled: true, onclick: () => this.csv && downloadCsv(this.csv.filename, this.csv.table) },
      "Download CSV",
    );
    const headingId = `${options.id}-heading`;
    this.element = h(
      "section",
      { class: "panel", id: options.id, "aria-labelledby": headingId, "data-state": "idle" },
      h("div", { class: "panel-head" }, h("h2", { id: headingId }, options.title), this.download),
      this.method,
      ...(options.controls ? [options.controls] : []),
      this.status,
      this.body,
    );
    parent.appendChild(this.element);
  }

  setMethod(text: string): void {
    this.method.textContent = text;
  }

  /** Runs the panel's work; an answer that arrives after a newer request started is dropped. */
  async run(label: string, work: (progress: Progress) => Promise<PanelContent>): Promise<void> {
    const generation = ++this.generation;
    const started = performance.now();
    const bar = h("progress", { "aria-label": label });
    const text = h("span", {}, `${label}…`);
    this.status.replaceChildren(bar, " ", text);
    this.element.dataset.state = "loading";
    this.element.setAttribute("aria-busy", "true");
    const timer = setInterval(() => {
      if (!bar.hasAttribute("value")) text.textContent = `${label}… ${Math.round((performance.now() - started) / 1000)} s`;
    }, 1000);
    const progress: Progress = (done, total, unit) => {
      if (generation !== this.generation) return;
      bar.max = total;
      bar.value = done;
      text.textContent = `${label}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")} ${unit}`;
    };
    try {
      const result = await work(progress);
      if (generation !== this.generation) return;
      this.csv = result.csv ?? null;
      this.download.disabled = !this.csv;
      this.status.replaceChildren(...(result.warning ? [h("p", { class: "warning" }, `Partial answer: ${result.warning}`)] : []));
      this.body.replaceChildren(result.content);
      this.element.dataset.state = "ready";
    } catch (error) {
      if (generation !== this.generation) return;
      this.fail(error instanceof Unavailable ? error.message : `Something went wrong in the console: ${(error as Error).message}`);
      if (!(error instanceof Unavailable)) console.error(error);
    } finally {
      clearInterval(timer);
      if (generation === this.generation) this.element.removeAttribute("aria-busy");
    }
  }

  /** Blanks the panel and says why. */
  fail(reason: string): void {
    this.csv = null;
    this.download.disabled = true;
    this.body.replaceChildren();
    this.status.replaceChildren(h("p", { class: "unavailable" }, `Unavailable: ${reason}`));
    this.element.dataset.state = "failed";
  }

  /** Shows a prompt instead of results (before the first question). */
  idle(message: string): void {
    ++this.generation;
    this.csv = null;
    this.download.disabled = true;
    this.status.replaceChildren();
    this.body.replaceChildren(h("p", { class: "idle" }, message));
    this.element.dataset.state = "idle";
  }
}
