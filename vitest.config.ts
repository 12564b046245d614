import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module). Node resolves both `import` and `require`
    // to the CJS entry; vite would pick the ESM one for inlined code while the CJS Apollo
    // packages get the other, and graphql then refuses to mix "another module or realm".
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Servers under test share one machine of 2 cores; files run one at a time.
    fileParallelism: false,
  },
});
