"use client";

import { SubmitButton } from "@/components/submit-button";

export type TChoice = { value: string; label: string; pendingLabel: string; className: string };

/**
 * A form's submit buttons that each send the same field (`name`) with their own value — the one pressed says what
 * to do: save a draft or submit, freeze or unfreeze, check or confirm. Each is disabled with its pending label while
 * the request runs.
 */
export function ChoiceButtons({ name, choices }: { name: string; choices: TChoice[] }) {
  return (
    <>
      {choices.map((c) => (
        <SubmitButton key={c.value} className={c.className} name={name} value={c.value} pendingLabel={c.pendingLabel}>
          {c.label}
        </SubmitButton>
      ))}
    </>
  );
}
