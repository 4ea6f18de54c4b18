import type { InputHTMLAttributes } from "react";
import { describedBy, FieldFrame } from "./field-notes";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; error?: string; hint?: string };

/** A labelled input whose error and hint are tied to it for assistive technology. */
export function TextField({ name, label, error, hint, id, className, ...rest }: Props) {
  const inputId = id ?? `field-${name}`;
  const described = describedBy(inputId, hint, error);
  return (
    <FieldFrame fieldId={inputId} label={label} hint={hint} error={error} className={className}>
      <input id={inputId} name={name} className="input" aria-invalid={error ? true : undefined} aria-describedby={described} {...rest} />
    </FieldFrame>
  );
}
