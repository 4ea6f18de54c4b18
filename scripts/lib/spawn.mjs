import { spawn } from "node:child_process";
import path from "node:path";

const bin = (name) => path.resolve("node_modules/.bin", name);

/** Runs a command (a node_modules/.bin name or a path) and resolves with its exit code. */
export function run(command, args = [], { env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const resolved = /^[\w@.-]+$/.test(command) && command !== "node" ? bin(command) : command;
    const child = spawn(resolved, args, {
      stdio: quiet ? "ignore" : "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...env },
    });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on("error", (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
  });
}
