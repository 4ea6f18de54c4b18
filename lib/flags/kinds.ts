// The flag kinds: ids, severities, which thresholds each uses — read from the kinds themselves
// (lib/flags/kinds/<kind>.ts, listed in lib/flags/kinds/index.ts). Their definitions in words live in the i18n
// catalogue (flags.kinds.<id>), so they are shown in the reader's language next to these numbers.
import type { TFlagConfig } from "./config";
import { KIND_DEFS } from "./kinds/index";

export type TFlagKind = (typeof KIND_DEFS)[number]["id"];
export const FLAG_KINDS: readonly TFlagKind[] = KIND_DEFS.map((k) => k.id);

export const SEVERITIES = ["low", "medium", "high"] as const;
export type TSeverity = (typeof SEVERITIES)[number];

const byId = <V>(value: (k: (typeof KIND_DEFS)[number]) => V) => Object.fromEntries(KIND_DEFS.map((k) => [k.id, value(k)])) as Record<TFlagKind, V>;

/** Which config section holds each kind's thresholds; null for a kind whose definition uses none. */
export const KIND_THRESHOLDS: Record<TFlagKind, keyof TFlagConfig | null> = byId((k) => k.thresholds);

/** The Open Contracting Partnership red-flag indicator ids (2024) each kind adapts; empty where none matches. */
export const KIND_OCP: Record<TFlagKind, readonly string[]> = byId((k) => k.ocp);

/** The severities a kind can carry (some rise with how far past the threshold the pattern is). */
export const KIND_SEVERITIES: Record<TFlagKind, readonly TSeverity[]> = byId((k) => k.severities);

export const isFlagKind = (v: unknown): v is TFlagKind => typeof v === "string" && (FLAG_KINDS as readonly string[]).includes(v);
export const isSeverity = (v: unknown): v is TSeverity => typeof v === "string" && (SEVERITIES as readonly string[]).includes(v);
