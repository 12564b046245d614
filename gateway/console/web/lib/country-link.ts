/** A state named in the console: its name linked to its country page, with its code beside it. */
import { h } from "./dom.js";

export function countryHref(code: string): string {
  return `/country?${new URLSearchParams({ code })}`;
}

export function countryLink(code: string, name: string | null | undefined): HTMLElement {
  return h("span", { class: "country" }, h("a", { href: countryHref(code) }, name ?? code), " ", h("span", { class: "code" }, code));
}
