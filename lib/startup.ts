// What every server process wires before it moves money: the web server through lib/auth.ts (which every page,
// action and the proxy import), the seed, the import CLI, the ledger benchmark and the integration tests' setup
// import this file (decision 0106). The ledger knows none of its subscribers; here they subscribe.
import "server-only";
import { followLedger } from "./flags/follow-ledger";
import { scheduleCheckpoints } from "./journal/schedule-checkpoints";
import { scheduleNotifications } from "./notifications/schedule-notifications";

followLedger();
// The journal's signed checkpoints, every few minutes when it grew (off under tests; decision 0132).
scheduleCheckpoints();
// Notifications: derived after the ledger reports a movement and every minute (off under tests; decision 0177).
scheduleNotifications();
