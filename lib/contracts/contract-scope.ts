import type { TActor } from "../actor";

/** Contracts an official may read: under their ministry's projects (all for the Ministry of Finance). */
export const contractScope = (actor: TActor) => (actor.isFinance || actor.isSystem ? {} : { project: { ministryId: actor.organizationId ?? -1 } });
