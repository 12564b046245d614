/** Small forms inside the secretariat's panels: they run in place and keep their values in the URL. */
import { h } from "../lib/dom.js";
import { countryLink } from "../lib/country-link.js";

/** A form that calls `onSubmit` with its values instead of reloading, and mirrors them into the URL under a prefix. */
export function panelForm(label: string, prefix: string, fields: HTMLElement[], submit: string, onSubmit: (values: FormData) => void): HTMLFormElement {
  const form = h("form", { class: "query-form", "aria-label": label }, ...fields, h("button", { type: "submit" }, submit));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = new FormData(form);
    const url = new URL(location.href);
    for (const key of [...url.searchParams.keys()]) if (key.startsWith(`${prefix}.`)) url.searchParams.delete(key);
    for (const [key, value] of values) if (typeof value === "string" && value !== "") url.searchParams.append(`${prefix}.${key}`, value);
    history.replaceState(null, "", url);
    onSubmit(values);
  });
  return form;
}

/** The values a panel's form last had, from the URL. */
export function savedValue(params: URLSearchParams, prefix: string, key: string, fallback = ""): string {
  return params.get(`${prefix}.${key}`) ?? fallback;
}

export function numberOrNull(value: FormDataEntryValue | null): number | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

export function countryList(countries: { code: string; name: string }[]): HTMLElement {
  if (countries.length === 0) return h("p", { class: "hint" }, "none");
  return h(
    "ul",
    { class: "country-list" },
    countries.map((country) => h("li", {}, countryLink(country.code, country.name))),
  );
}
