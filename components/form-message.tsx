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

/** The rules' reasons a refused payment or submission gave (state.reasons), each on its own line. */
export function FormReasons({ state }: { state: TFormState }) {
  if (!state.reasons?.length) return null;
  return (
    <ul className="list-disc space-y-1 pl-6 text-sm text-red-800">
      {state.reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}
