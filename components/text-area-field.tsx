import type { Ref, TextareaHTMLAttributes } from "react";
import { describedBy, FieldFrame } from "./field-notes";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; error?: string; hint?: string; ref?: Ref<HTMLTextAreaElement>; isMonospace?: boolean };

/**
 * A labelled text area (a reason, a note, pasted CSV) whose error and hint are tied to it for assistive technology;
 * TextField's sibling. `isMonospace`: the text is data (CSV lines), set small in monospace.
 */
export function TextAreaField({ name, label, error, hint, id, className, rows = 2, isMonospace = false, ...rest }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} error={error} className={className}>
      <textarea id={fieldId} name={name} rows={rows} className={isMonospace ? "input font-mono text-xs" : "input"} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, hint, error)} {...rest} />
    </FieldFrame>
  );
}
