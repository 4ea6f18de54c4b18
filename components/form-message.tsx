import type { TFormState } from "@/lib/actions/action-state";

/** The form-level outcome, announced to screen readers. */
export function FormMessage({ state }: { state: TFormState }) {
  if (!state.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-brand-50 text-brand-900" : "bg-red-50 text-red-800"}`}
    >
      {state.message}
    </p>
  );
}
