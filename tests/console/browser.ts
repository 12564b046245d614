/**
 * Headless Chromium for the console's tests: Debian's `chromium` package driven by playwright-core
 * (whose own browser download cannot reach the internet here). Absent on a user's machine, the
 * browser tests skip and say why; in CI (HUB_REQUIRE_BROWSER=1, set by .ci/run after installing it)
 * absence is a failure.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export function chromiumPath(): string | null {
  const candidates = [process.env.HUB_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((candidate): candidate is string => !!candidate);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  if (process.env.HUB_REQUIRE_BROWSER === "1")
    throw new Error(`HUB_REQUIRE_BROWSER=1 but no Chromium at ${candidates.join(", ")}; apt-get install chromium, or set HUB_CHROMIUM`);
  console.warn(`skipping browser tests: no Chromium at ${candidates.join(", ")} (apt-get install chromium, or set HUB_CHROMIUM)`);
  return null;
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    // No sandbox: tests run as root in CI. The rest keeps Chromium from calling home on its own;
    // playwright gives each launch a fresh profile of its own.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-default-apps",
      "--no-first-run",
      "--no-default-browser-check",
    ],
  });
}

/** What a page did that a test must see: console errors, uncaught exceptions, requests to anywhere but the hub. */
export type PageRecord = { errors: string[]; foreignRequests: string[]; requests: string[] };

export async function openPage(context: BrowserContext, origin: string): Promise<{ page: Page; record: PageRecord }> {
  const page = await context.newPage();
  const record: PageRecord = { errors: [], foreignRequests: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") record.errors.push(message.text());
  });
  page.on("pageerror", (error) => record.errors.push(`uncaught: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    record.requests.push(url);
    if (!url.startsWith(`${origin}/`) && !url.startsWith("blob:") && !url.startsWith("data:")) record.foreignRequests.push(url);
  });
  return { page, record };
}

/** Waits until every panel on the page has an answer (ready or failed); idle panels count as settled when allowed. */
export async function panelsSettled(page: Page, options: { allowIdle?: boolean; timeoutMs?: number } = {}): Promise<Record<string, string>> {
  const unsettled = options.allowIdle ? ".panel[data-state=loading]" : ".panel[data-state=loading], .panel[data-state=idle]";
  await page.waitForFunction((selector) => document.querySelectorAll(".panel").length > 0 && document.querySelectorAll(selector).length === 0, unsettled, {
    timeout: options.timeoutMs ?? 60_000,
  });
  return page.$$eval(".panel", (panels) => Object.fromEntries(panels.map((panel) => [panel.id, (panel as HTMLElement).dataset.state ?? ""])));
}

/** RFC 4180 CSV as the console writes it, back into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A value as the CSV writes it: empty for null, the number's shortest round-trip text. */
export function csvText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** Clicks a panel's Download CSV and reads what the browser saved. */
export async function downloadPanelCsv(page: Page, panelId: string): Promise<string[][]> {
  return downloadCsvFrom(page, `#${panelId} button.csv`);
}

/** The CSV a button (by selector) hands the browser, parsed. */
export async function downloadCsvFrom(page: Page, selector: string): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const file = await download.path();
  const { readFile } = await import("node:fs/promises");
  return parseCsv(await readFile(file!, "utf8"));
}
