/** `npm run build` runs this after tsc: builds the console (its operation types too) and prints what each page weighs. */
import { buildConsole, ConsoleBuildError, describeBuild } from "./build-console.js";

try {
  console.log(describeBuild(await buildConsole(undefined, { writeTypes: true })));
} catch (error) {
  console.error(error instanceof ConsoleBuildError ? `console build failed: ${error.message}` : error);
  process.exit(1);
}
