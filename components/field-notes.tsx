/** The ids a field's hint and error get, for its aria-describedby (undefined when it has neither). */
export function describedBy(fieldId: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's hint and error under it, with the ids `describedBy` points at. */
export function FieldNotes({ fieldId, hint, error }: { fieldId: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${fieldId}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}
