"use client";

import { useState } from "react";
import { DAY_TEXT_PATTERN, dayFromText, textFromDay } from "@/lib/day-text";
import { useT } from "./i18n-provider";
import { describedBy, FieldFrame } from "./field-notes";

type Props = { name: string; label: string; defaultValue?: string; error?: string; hint?: string; required?: boolean; className?: string; id?: string };

/**
 * A day typed as dd.mm.yyyy in every browser (an <input type="date"> follows the browser's locale, mm/dd/yyyy in
 * many). The visible text field has no name; a hidden input submits the ISO yyyy-mm-dd under `name`, so the
 * server's parsing (zDay, the form schemas) is unchanged. `defaultValue` is an ISO day, or a refused entry as typed.
 */
export function DateField({ name, label, defaultValue, error, hint, required, className, id }: Props) {
  const t = useT();
  const [text, setText] = useState(() => textFromDay(defaultValue));
  // A form repeated on one page (one per table row) gives each its own id.
  const inputId = id ?? `field-${name}`;
  const described = describedBy(inputId, hint, error);
  return (
    <FieldFrame fieldId={inputId} label={label} hint={hint} error={error} className={className}>
      <input
        id={inputId}
        type="text"
        className="input"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t("polish.date.placeholder")}
        pattern={DAY_TEXT_PATTERN}
        title={t("polish.date.format")}
        required={required}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      <input type="hidden" name={name} value={dayFromText(text)} />
    </FieldFrame>
  );
}
