/** What every page does first: styles, the freshness footer, and its URL parameters. */
import "../style.css";
import { mainElement } from "./dom.js";
import { showFreshness } from "./freshness.js";

export function startPage(): { main: HTMLElement; params: URLSearchParams } {
  void showFreshness();
  return { main: mainElement(), params: new URLSearchParams(location.search) };
}
