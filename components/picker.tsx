"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "./i18n-provider";
import { choiceHref, pickerKey } from "./picker-keys";
import type { TPickOption } from "@/lib/pickers/pick-option";

/** Waits this long after the last key before asking the server. */
const DEBOUNCE_MS = 200;
const MIN_CHARS = 2;

export type TPickerProps = {
  /** The type-ahead endpoint (`/pickers/contractors`): GET ?q= → { options } or { message }. */
  endpoint: string;
  /** The page the search form submits to (the results step without JavaScript) and the choice opens. */
  action: string;
  /** The query's parameter on that page, and its current value. */
  name: string;
  query?: string;
  /** The parameter a choice sets on that page (`bin`, `pick`), and the page's parameters to keep. */
  chooseParam: string;
  keep?: Record<string, string>;
  label: string;
  hint: string;
  placeholder: string;
  submitLabel: string;
};

/** The picker's suggestions: asked of `endpoint` a moment after the last key, the older request cancelled. */
function usePickerSearch(endpoint: string, query: string | undefined) {
  const t = useT();
  const [text, setText] = useState(query ?? "");
  const [options, setOptions] = useState<TPickOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const request = useRef<AbortController | null>(null);

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Nothing left running when the picker goes (a choice navigates away).
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  async function search(q: string) {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setStatus(t("pickers.searching"));
    try {
      const response = await fetch(`${endpoint}?${new URLSearchParams({ q })}`, { signal: controller.signal, headers: { accept: "application/json" } });
      const body = (await response.json().catch(() => ({}))) as { options?: TPickOption[]; message?: string };
      if (!response.ok || !body.options) {
        setOptions([]);
        setOpen(false);
        setStatus("");
        setError(body.message ?? t("pickers.failed"));
        return;
      }
      setError("");
      setOptions(body.options);
      setOpen(body.options.length > 0);
      setActive(-1);
      setStatus(body.options.length ? t("pickers.found", { count: body.options.length }) : t("pickers.nothing", { q }));
    } catch (e) {
      if ((e as Error).name === "AbortError") return;
      setStatus("");
      setError(t("pickers.failed"));
    }
  }

  /** Each key typed: ask again a moment after the last one, or clear the suggestions when the text is too short. */
  function typed(value: string) {
    setText(value);
    setActive(-1);
    if (timer.current) clearTimeout(timer.current);
    const q = value.trim();
    if (q.length < MIN_CHARS) {
      request.current?.abort();
      setOptions([]);
      setOpen(false);
      setStatus("");
      setError("");
      return;
    }
    timer.current = setTimeout(() => void search(q), DEBOUNCE_MS);
  }

  return { text, setText, options, open, setOpen, active, setActive, status, error, typed };
}

/**
 * A search form that is also a combobox (WAI-ARIA 1.2, list autocomplete): as the reader types, suggestions come
 * from `endpoint` into a listbox; arrow keys go through them, Enter or a click chooses one, which opens the page
 * with the choice. Without JavaScript (or with Enter and no suggestion active) the form is submitted and the page
 * shows its results step (components/picker-results.tsx) with the same choices as links.
 */
export function Picker({ endpoint, action, name, query, chooseParam, keep, label, hint, placeholder, submitLabel }: TPickerProps) {
  const router = useRouter();
  const uid = useId();
  const inputId = `${uid}-input`;
  const listId = `${uid}-list`;
  const hintId = `${uid}-hint`;
  const { text, setText, options, open, setOpen, active, setActive, status, error, typed } = usePickerSearch(endpoint, query);

  const choose = (option: TPickOption) => {
    setOpen(false);
    setText(option.label);
    router.push(choiceHref(action, keep, chooseParam, option.value));
  };

  const optionId = (i: number) => `${uid}-option-${i}`;
  return (
    <form action={action} method="get" role="search" aria-label={label} className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="flex flex-wrap items-start gap-2">
        <div className="relative min-w-64 flex-1">
          <input
            id={inputId}
            name={name}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
            aria-describedby={hintId}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            maxLength={200}
            placeholder={placeholder}
            className="input"
            value={text}
            onChange={(e) => typed(e.target.value)}
            onKeyDown={(e) => {
              const next = pickerKey(e.key, { active, open, count: options.length });
              if (!next.handled) return;
              e.preventDefault();
              if (next.choose) return choose(options[next.active]!);
              setActive(next.active);
              setOpen(next.open);
            }}
            onBlur={() => setOpen(false)}
            onFocus={() => setOpen(options.length > 0)}
          />
          <PickerOptions id={listId} label={label} options={options} open={open} active={active} optionId={optionId} onChoose={choose} onActive={setActive} />
        </div>
        {Object.entries(keep ?? {}).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <button type="submit" className="btn-secondary">
          {submitLabel}
        </button>
      </div>
      <p id={hintId} className="text-xs text-slate-500">
        {hint}
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** The listbox of suggestions; a press chooses before the text field's blur could close it. */
function PickerOptions({ id, label, options, open, active, optionId, onChoose, onActive }: { id: string; label: string; options: TPickOption[]; open: boolean; active: number; optionId: (i: number) => string; onChoose: (o: TPickOption) => void; onActive: (i: number) => void }) {
  return (
    <ul id={id} role="listbox" aria-label={label} hidden={!open} className="absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg">
      {options.map((o, i) => (
        <li
          key={o.value}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand-50" : ""}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onChoose(o)}
          onMouseEnter={() => onActive(i)}
        >
          <span className="block font-medium text-slate-900">{o.label}</span>
          <span className={`block text-xs ${o.isWarning ? "text-red-700" : "text-slate-600"}`}>{o.detail}</span>
        </li>
      ))}
    </ul>
  );
}
