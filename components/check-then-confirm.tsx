"use client";

import { ChoiceButtons } from "@/components/choice-buttons";

type TButtonText = { label: string; pendingLabel: string };

/**
 * The two buttons of a form that is checked before it is carried out (a new project's estimate, an allocation):
 * "check" sends intent=preview; "confirm" (intent=`confirm.intent`) appears once the check has passed.
 */
export function CheckThenConfirm({ check, confirm, canConfirm }: { check: TButtonText; confirm: TButtonText & { intent: string }; canConfirm: boolean }) {
  const checkChoice = { value: "preview", className: "btn-secondary", ...check };
  const confirmChoice = { value: confirm.intent, label: confirm.label, pendingLabel: confirm.pendingLabel, className: "btn-primary" };
  return (
    <div className="flex flex-wrap gap-3">
      <ChoiceButtons name="intent" choices={canConfirm ? [checkChoice, confirmChoice] : [checkChoice]} />
    </div>
  );
}
