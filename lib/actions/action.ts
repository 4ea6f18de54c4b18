import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { TActor } from "../actor";
import { authorize, getCurrentSession } from "../auth";
import { ForbiddenError } from "../errors";
import type { Role } from "../generated/prisma/enums";
import type { TLocale, TTranslate } from "../i18n";
import { getT } from "../i18n/server";
import { failureState, type TErrorOptions } from "./action-errors";
import { withFeedback, type TFeedbackKey } from "./feedback";

export { COMPANY_ERRORS } from "./action-errors";
import type { TFormState } from "./action-state";

// The one action pipeline (decision 0090): authorize → parse with zod → call one use case → map errors through
// the one registry (lib/actions/action-errors.ts) → revalidate → redirect. Every app/**/actions.ts exports what
// defineAction or defineFormAction return. lib/security/access-table.test.ts reads each action's `roles` from its
// source, so write them there as a literal: an array of roles, "account-holder" or "anyone".

/**
 * Who may call: these roles (authorize(), a refusal audited), "account-holder" (any signed-in user, also while
 * their account setup is pending: only their own account's actions), or "anyone" (no sign-in; the action
 * itself decides, e.g. by the credentials).
 */
export type TRoles = readonly [Role, ...Role[]] | "account-holder" | "anyone";
type TActorFor<R extends TRoles> = R extends "anyone" ? null : TActor;
export type TRevalidate = string | readonly [path: string, type: "layout" | "page"];
type TValues = Record<string, string>;

/** A success that continues on another page: revalidated first, then redirected to (outside any catch). */
export class RedirectTo {
  constructor(public readonly path: string) {}
}
/** Continue on `path`; with `done`, that page's shell says so (notifications.feedback.<done>, decision 0179). */
export const redirectTo = (path: string, done?: TFeedbackKey) => new RedirectTo(done ? withFeedback(path, done) : path);

export type TActionContext<R extends TRoles, I> = {
  actor: TActorFor<R>;
  /** The session's id, for "account-holder" actions (their own sessions); otherwise null. */
  sessionId: string | null;
  input: I;
  form: FormData;
  values: TValues;
  t: TTranslate;
  locale: TLocale;
};

type TSpec<R extends TRoles, I, S extends TFormState, O> = {
  /** The exported name: the context of a logged unexpected error. */
  name: string;
  roles: R;
  /** The fields typed into the form: echoed back on a refusal so the form keeps them, and what `schema` reads. */
  values?: readonly string[] | ((form: FormData) => TValues);
  /** The input: the values (or what `shape` builds from them) parsed with this schema; a refusal is per field. */
  schema?: z.ZodType<I>;
  shape?: (values: TValues, form: FormData) => unknown;
  /** Without a schema: the input as read from the form (the use case validates it). */
  read?: (values: TValues, form: FormData) => I;
  /** Calls one use case; answers the success state, or redirectTo(path) (or a state with ok: false, its own refusal). */
  run: (ctx: TActionContext<R, I>) => Promise<NoInfer<O>>;
  /** Paths to revalidate after a success (before a redirect). */
  revalidate?: readonly TRevalidate[] | ((input: I, outcome: O) => readonly TRevalidate[]);
  /** How failures are worded (see TErrorOptions), and a hook that may add to a failure's state. */
  errors?: TErrorOptions & { onError?: (error: unknown, state: S, ctx: { form: FormData; values: TValues; locale: TLocale }) => S };
};

async function actorFor(roles: TRoles): Promise<{ actor: TActor | null; sessionId: string | null }> {
  if (roles === "anyone") return { actor: null, sessionId: null };
  if (roles === "account-holder") {
    const current = await getCurrentSession();
    if (!current) throw new ForbiddenError();
    return current;
  }
  return { actor: await authorize(...roles), sessionId: null };
}

function valuesOf(spec: { values?: readonly string[] | ((form: FormData) => TValues) }, form: FormData): TValues | undefined {
  if (!spec.values) return undefined;
  if (typeof spec.values === "function") return spec.values(form);
  return Object.fromEntries(spec.values.map((f) => [f, String(form.get(f) ?? "")]));
}

function inputOf<I>(spec: Pick<TSpec<TRoles, I, TFormState, unknown>, "schema" | "shape" | "read">, values: TValues, form: FormData): I {
  if (spec.schema) return spec.schema.parse(spec.shape ? spec.shape(values, form) : values);
  if (spec.read) return spec.read(values, form);
  return values as I;
}

function revalidateAll<I, O>(revalidate: TSpec<TRoles, I, TFormState, O>["revalidate"], input: I, outcome: O) {
  const paths = typeof revalidate === "function" ? revalidate(input, outcome) : (revalidate ?? []);
  for (const p of paths) {
    if (typeof p === "string") revalidatePath(p);
    else revalidatePath(p[0], p[1]);
  }
}

/** A form action for useActionState. */
export type TFormAction<S extends TFormState = TFormState> = (prev: S, form: FormData) => Promise<S>;

/**
 * A form action for useActionState: (previous state, form) → the next state. Its state is TFormState, or what
 * the exported constant is declared as (`export const x: TFormAction<TMyState> = defineAction(...)`).
 */
export function defineAction<R extends TRoles, I = TValues, S extends TFormState = TFormState>(
  spec: TSpec<R, I, S, S | RedirectTo>,
): TFormAction<S> {
  return async (_prev: S, form: FormData): Promise<S> => {
    const { t, locale } = await getT();
    const values = valuesOf(spec, form);
    let outcome: S | RedirectTo;
    try {
      const { actor, sessionId } = await actorFor(spec.roles);
      const input = inputOf(spec, values ?? {}, form);
      outcome = await spec.run({ actor: actor as TActorFor<R>, sessionId, input, form, values: values ?? {}, t, locale });
      // A state with ok: false is the action's own refusal (a check before the use case): nothing changed.
      if (outcome instanceof RedirectTo || outcome.ok !== false) revalidateAll(spec.revalidate, input, outcome);
    } catch (error) {
      // Next's own control flow (a redirect or notFound() from inside the use case) passes through.
      unstable_rethrow(error);
      const state = failureState(error, locale, values, spec.name, spec.errors) as S;
      return spec.errors?.onError ? spec.errors.onError(error, state, { form, values: values ?? {}, locale }) : state;
    }
    if (outcome instanceof RedirectTo) redirect(outcome.path);
    return outcome;
  };
}

/**
 * A plain form action (no state: a button, a redirecting form): the same steps; it answers by redirecting, and a
 * failure is Next's error page as for a page (these forms have nothing to say beside a field).
 */
export function defineFormAction<R extends TRoles, I = TValues>(
  spec: Omit<TSpec<R, I, TFormState, void | RedirectTo>, "errors">,
): (form?: FormData) => Promise<void> {
  return async (form?: FormData): Promise<void> => {
    const data = form instanceof FormData ? form : new FormData();
    const { t, locale } = await getT();
    const values = valuesOf(spec, data) ?? {};
    const { actor, sessionId } = await actorFor(spec.roles);
    const input = inputOf(spec, values, data);
    const outcome = await spec.run({ actor: actor as TActorFor<R>, sessionId, input, form: data, values, t, locale });
    revalidateAll(spec.revalidate, input, outcome);
    if (outcome instanceof RedirectTo) redirect(outcome.path);
  };
}
