"use client";

import { useActionState } from "react";
import type { TFormState } from "@/lib/action-state";

const keys = new WeakMap<object, number>();
let counter = 0;

/**
 * useActionState plus a key that changes with every answer. React resets a form after its action runs;
 * remounting it under a new key instead re-applies the defaultValues, so a refused submission keeps what
 * the user typed (selects included) and a successful one starts clean.
 */
export function useFormAction(action: (state: TFormState, form: FormData) => Promise<TFormState>) {
  const [state, formAction, isPending] = useActionState(action, {});
  if (!keys.has(state)) keys.set(state, ++counter);
  return { state, formAction, isPending, formKey: keys.get(state)!, values: state.ok ? {} : (state.values ?? {}), errors: state.fieldErrors ?? {} };
}
