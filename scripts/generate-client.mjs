// postinstall: generates the Prisma client into lib/generated/prisma. Generation needs no schema engine;
// pointing the engine at /bin/false stops the CLI from trying to download one.
import { run } from "./lib/spawn.mjs";

const code = await run("prisma", ["generate"], { env: { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
process.exit(code);
