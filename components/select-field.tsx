import type { ReactNode, SelectHTMLAttributes } from "react";
import { describedBy, FieldFrame } from "./field-notes";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  /** The choices; or pass `<option>`s as children (a leading empty choice, RegionOptions). */
  options?: readonly { value: string | number; label: string }[];
  children?: ReactNode;
};

/** A labelled select whose error and hint are tied to it for assistive technology. */
export function SelectField({ name, label, error, hint, id, className, options, children, ...rest }: Props) {
  const selectId = id ?? `field-${name}`;
  const described = describedBy(selectId, hint, error);
  return (
    <FieldFrame fieldId={selectId} label={label} hint={hint} error={error} className={className}>
      <select id={selectId} name={name} className="input" aria-invalid={error ? true : undefined} aria-describedby={described} {...rest}>
        {children}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
