import path from "node:path";
import { defineConfig } from "vitest/config";
import { integrationWorkers } from "./tests/integration/workers";

const alias = { "server-only": path.resolve("tests/support/server-only-stub.ts"), "@": path.resolve(".") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // A database per worker, reset before each test: a worker's files take turns on it (decision 0305).
          fileParallelism: integrationWorkers() > 1,
          maxWorkers: integrationWorkers(),
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
