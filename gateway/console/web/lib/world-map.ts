/**
 * A world map of countries in three states, drawn with d3-geo from the bundled world-atlas shapes.
 * Each state has a colour from the Okabe–Ito palette and a pattern of its own (solid, hatched,
 * dotted), so the map reads without colour too; every country is a focusable button with its name
 * and state as its label, and Enter or a click selects it.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { FeatureCollection, Geometry } from "geojson";
import worldShapes from "console:world-shapes";
import { PALETTE } from "./charts.js";

export type MapState = "eligible" | "not-eligible" | "unknown";

export const MAP_STATES: Record<MapState, { label: string; fill: string }> = {
  eligible: { label: "Eligible", fill: PALETTE.blue },
  "not-eligible": { label: "Not eligible", fill: "url(#pattern-not-eligible)" },
  unknown: { label: "Unknown (no rating)", fill: "url(#pattern-unknown)" },
};

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** The patterns behind the three states, for the map and its legend. */
function patterns(): SVGDefsElement {
  const defs = svg("defs");
  const hatch = svg("pattern", { id: "pattern-not-eligible", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" });
  hatch.append(svg("rect", { width: 6, height: 6, fill: PALETTE.orange }), svg("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#7a3d00", "stroke-width": 2 }));
  const dots = svg("pattern", { id: "pattern-unknown", width: 5, height: 5, patternUnits: "userSpaceOnUse" });
  dots.append(svg("rect", { width: 5, height: 5, fill: "#e6e6e6" }), svg("circle", { cx: 2.5, cy: 2.5, r: 1, fill: "#777" }));
  defs.append(hatch, dots);
  return defs;
}

export function mapLegend(counts: Record<MapState, number>): HTMLElement {
  const list = document.createElement("ul");
  list.className = "map-legend";
  for (const [state, { label, fill }] of Object.entries(MAP_STATES) as [MapState, { label: string; fill: string }][]) {
    const swatch = svg("svg", { width: 18, height: 14, "aria-hidden": "true" });
    swatch.append(patterns(), svg("rect", { width: 18, height: 14, fill, stroke: "#333", "stroke-width": 0.5 }));
    const item = document.createElement("li");
    item.append(swatch, `${label}: ${counts[state]}`);
    list.append(item);
  }
  return list;
}

/** Draws the map; `stateOf` colours each alpha-3 code, `onSelect` receives the code picked. */
export function worldMap(stateOf: (code: string) => { state: MapState; name: string } | null, onSelect: (code: string) => void, width = 960): SVGSVGElement {
  const height = Math.round(width * 0.5);
  const countries = feature(worldShapes, worldShapes.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
  const projection = geoEqualEarth().fitSize([width, height], countries);
  const path = geoPath(projection);
  const map = svg("svg", {
    class: "world",
    viewBox: `0 0 ${width} ${height}`,
    width: "100%",
    role: "group",
    "aria-label": "World map of eligibility; each country is a button",
  });
  map.append(patterns());
  let selected: SVGPathElement | null = null;
  for (const shape of countries.features) {
    const code = typeof shape.id === "string" ? shape.id : null;
    const known = code ? stateOf(code) : null;
    const state: MapState = known?.state ?? "unknown";
    const name = known?.name ?? shape.properties?.name ?? "Unnamed territory";
    const element = svg("path", { d: path(shape) ?? "", class: "country", fill: MAP_STATES[state].fill, "data-state": state });
    const title = svg("title");
    title.textContent = `${name}: ${MAP_STATES[state].label}`;
    element.append(title);
    if (code) {
      element.setAttribute("data-code", code);
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.setAttribute("aria-pressed", "false");
      element.setAttribute("aria-label", `${name}: ${MAP_STATES[state].label}`);
      const select = () => {
        selected?.setAttribute("aria-pressed", "false");
        element.setAttribute("aria-pressed", "true");
        selected = element;
        onSelect(code);
      };
      element.addEventListener("click", select);
      element.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          select();
        }
      });
    }
    map.append(element);
  }
  return map;
}
