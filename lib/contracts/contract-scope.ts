import type { TActor } from "../actor";
import { readsEveryMinistry } from "../scope";

/** Contracts an official may read: under their ministry's projects (all for the Ministry of Finance and investigators). */
export const contractScope = (actor: TActor) => (readsEveryMinistry(actor) ? {} : { project: { ministryId: actor.organizationId ?? -1 } });
