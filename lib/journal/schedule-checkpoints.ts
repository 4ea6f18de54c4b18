import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { logUnexpected } from "../errors";
import { makeCheckpoint } from "./checkpoint";

const holder = globalThis as unknown as { aiqynCheckpointTimer?: ReturnType<typeof setInterval>; aiqynCheckpointsStopped?: boolean };

/**
 * Every JOURNAL_CHECKPOINT_MINUTES the server extends the journal's tree and signs a checkpoint if the journal grew
 * (decision 0132): behind the postings, never inside them. Off under tests (NODE_ENV=test) and when set to 0; one
 * timer per process however often startup runs; it does not keep a CLI process alive.
 */
export function scheduleCheckpoints(): void {
  // Decided after import: `next build` imports this with no configuration (env() would throw), and never runs it.
  setTimeout(start, 0).unref();
}

function start(): void {
  let settings: { minutes: number; isTest: boolean };
  try {
    settings = { minutes: env().JOURNAL_CHECKPOINT_MINUTES, isTest: env().NODE_ENV === "test" };
  } catch {
    return;
  }
  const { minutes, isTest } = settings;
  if (holder.aiqynCheckpointTimer || holder.aiqynCheckpointsStopped || minutes === 0 || isTest) return;
  let running = false;
  holder.aiqynCheckpointTimer = setInterval(() => {
    if (running) return;
    running = true;
    makeCheckpoint(prisma())
      .catch((error) => logUnexpected(error, "journal checkpoint"))
      .finally(() => {
        running = false;
      });
  }, minutes * 60_000);
  holder.aiqynCheckpointTimer.unref();
}

/**
 * Stops this process's checkpoint timer: the dataset generator writes journal entries with ids it assigns itself and
 * moves the sequence only when it commits, so a checkpoint written meanwhile could take one of those ids.
 */
export function stopCheckpoints(): void {
  holder.aiqynCheckpointsStopped = true;
  if (holder.aiqynCheckpointTimer) clearInterval(holder.aiqynCheckpointTimer);
  holder.aiqynCheckpointTimer = undefined;
}
