// The analysis worker run from TypeScript source (tests, `tsx` scripts), where no compiled
// analysis-worker.js exists: registers tsx in this thread, then loads the worker's source.
// A built hub (npm start) runs dist/…/analysis-worker.js and never loads this file.
import { register } from "tsx/esm/api";

register();
const { default: analyse } = await import(new URL("./analysis-worker.ts", import.meta.url).href);
export default analyse;
