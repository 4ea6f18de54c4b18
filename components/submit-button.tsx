"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/**
 * Disabled while its form is submitting, so a double click sends one request; `disabled` holds it back for good
 * (say why next to it and point `describedBy` at that text).
 */
export function SubmitButton({ children, pendingLabel, className = "btn-primary", name, value, disabled = false, describedBy }: { children: ReactNode; pendingLabel?: string; className?: string; name?: string; value?: string; disabled?: boolean; describedBy?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending || disabled} aria-disabled={pending || disabled} aria-describedby={describedBy} name={name} value={value}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
