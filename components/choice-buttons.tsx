"use client";

import { SubmitButton } from "@/components/submit-button";

/**
 * One decision offered as several submit buttons that send the same field with different values (uphold / dismiss,
 * freeze / unfreeze): each holds while its form is submitting. `className` per choice: "btn-secondary" by default.
 */
export function ChoiceButtons({ name, pendingLabel, choices }: { name: string; pendingLabel: string; choices: { value: string; label: string; className?: string }[] }) {
  return (
    <div className="flex flex-wrap gap-2">
      {choices.map((c) => (
        <SubmitButton key={c.value} className={c.className ?? "btn-secondary"} name={name} value={c.value} pendingLabel={pendingLabel}>
          {c.label}
        </SubmitButton>
      ))}
    </div>
  );
}
