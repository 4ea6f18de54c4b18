// What every form action answers (lib/actions/action.ts), read by components/use-form-action.ts and
// components/form-message.tsx. Types only: safe to import from client components.

/** A form action's answer: a message for the whole form, per-field errors, the values typed, and rule reasons. */
export type TFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** A purpose-rule refusal: each reason (rule, item, limit, attempted value) on its own line. */
  reasons?: string[];
};
