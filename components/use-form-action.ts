"use client";

import { useActionState } from "react";
import type { TFormState } from "@/lib/actions/action-state";

const keys = new WeakMap<object, number>();
let counter = 0;

/**
 * useActionState plus a key that changes with every answer. React resets a form after its action runs;
 * remounting it under a new key instead re-applies the defaultValues, so a refused submission keeps what
 * the user typed (selects included) and a successful one starts clean.
 */
export function useFormAction<S extends TFormState>(action: (state: S, form: FormData) => Promise<S>) {
  const [state, formAction, isPending] = useActionState<S, FormData>(action as (state: Awaited<S>, form: FormData) => Promise<S>, {} as Awaited<S>);
  if (!keys.has(state)) keys.set(state, ++counter);
  return { state, formAction, isPending, formKey: keys.get(state)!, values: state.ok ? {} : ((state.values ?? {}) as Record<string, string>), errors: state.fieldErrors ?? {} };
}
