/**
 * The console's screens and the HTML shell each is served in. The shell carries the navigation
 * and landmarks, so every page is keyboard-navigable before its script runs; the script fills `main`.
 */
export type ConsolePage = {
  /** File name without .html, and the URL path (`/` for index). */
  name: string;
  title: string;
  /** Source under web/pages. */
  entry: string;
  /** Whether the page counts against the page budget (the explorer carries GraphiQL and does not). */
  budgeted: boolean;
  /** Shown in the navigation; pages reached by links only (a roll call) are not. */
  nav: string | null;
};

export const CONSOLE_PAGES: readonly ConsolePage[] = [
  { name: "index", title: "Console", entry: "home.ts", budgeted: true, nav: "Home" },
  { name: "whips", title: "Group voting", entry: "whips.ts", budgeted: true, nav: "Group voting" },
  { name: "whip-sheet", title: "Whip sheet", entry: "whip-sheet.ts", budgeted: true, nav: "Whip sheet" },
  { name: "roll-calls", title: "Votes", entry: "roll-calls.ts", budgeted: true, nav: "Votes" },
  { name: "roll-call", title: "Roll call", entry: "roll-call.ts", budgeted: true, nav: null },
  { name: "country", title: "Country", entry: "country.ts", budgeted: true, nav: "Countries" },
  { name: "secretariat", title: "Secretariat", entry: "secretariat.ts", budgeted: true, nav: "Secretariat" },
  { name: "explorer", title: "GraphQL explorer", entry: "explorer.tsx", budgeted: false, nav: "Explorer" },
];

export function pagePath(page: ConsolePage): string {
  return page.name === "index" ? "/" : `/${page.name}`;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char]!);

export function pageHtml(page: ConsolePage, assets: { script: string; style: string | null }): string {
  const nav = CONSOLE_PAGES.filter((other) => other.nav)
    .map((other) => `<li><a href="${pagePath(other)}"${other.name === page.name ? ' aria-current="page"' : ""}>${escape(other.nav!)}</a></li>`)
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(page.title)} · democracy-hub</title>
<link rel="icon" href="data:,">
${assets.style ? `<link rel="stylesheet" href="/${assets.style}">` : ""}
<script type="module" src="/${assets.script}"></script>
</head>
<body data-page="${page.name}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="/">democracy-hub</a>
<nav aria-label="Console"><ul>${nav}</ul></nav>
</header>
<main id="main" tabindex="-1"><h1>${escape(page.title)}</h1><noscript>This console needs JavaScript; the GraphQL API at /graphql does not.</noscript></main>
<footer class="site-footer" id="data-freshness" aria-live="polite"></footer>
</body>
</html>
`;
}
