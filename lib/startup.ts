// What every server process wires before it serves or moves money: the Next server (instrumentation.ts), the
// seed, CLI commands, benchmarks and the integration tests import this file once (decision 0106). The ledger
// knows none of its subscribers; here they subscribe.
import "server-only";
import { followLedger } from "./flags/follow-ledger";

followLedger();
