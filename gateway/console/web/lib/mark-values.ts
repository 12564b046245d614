/**
 * A chart's values without hover: a tap or click on a mark writes its title (the exact value the
 * chart gives it on hover) into a line under the chart, so a phone, which has no hover, reaches
 * every value.
 */
import { h } from "./dom.js";

export function withMarkValues(chart: Element): HTMLElement {
  const line = h("p", { class: "mark-value", role: "status", "aria-live": "polite" }, "Tap or click a mark for its value.");
  chart.addEventListener("click", (event) => {
    for (let node = event.target as Element | null; node && node !== chart.parentElement; node = node.parentElement) {
      const title = [...node.children].find((child) => child.tagName.toLowerCase() === "title");
      if (title) {
        line.textContent = title.textContent;
        return;
      }
    }
  });
  return h("div", { class: "chart-with-values" }, chart, line);
}
