// A worker thread's module run from TypeScript source (tests, `tsx` scripts), where no compiled
// .js exists beside it: registers tsx in this thread, then loads the source named in workerData.
// A built hub (npm start) runs the compiled worker and never loads this file.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { default: run } = await import(workerData.typescriptSource);
export default run;
