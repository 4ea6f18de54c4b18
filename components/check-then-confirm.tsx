"use client";

import { SubmitButton } from "@/components/submit-button";

type TButtonText = { label: string; pendingLabel: string };

/**
 * The two buttons of a form that is checked before it is carried out (a new project's estimate, an allocation):
 * "check" sends intent=preview; "confirm" (intent=`confirm.intent`) appears once the check has passed. Each says
 * what it is doing while it runs (ChoiceButtons has one pending label for all its buttons).
 */
export function CheckThenConfirm({ check, confirm, canConfirm }: { check: TButtonText; confirm: TButtonText & { intent: string }; canConfirm: boolean }) {
  return (
    <div className="flex flex-wrap gap-3">
      <SubmitButton className="btn-secondary" name="intent" value="preview" pendingLabel={check.pendingLabel}>
        {check.label}
      </SubmitButton>
      {canConfirm ? (
        <SubmitButton className="btn-primary" name="intent" value={confirm.intent} pendingLabel={confirm.pendingLabel}>
          {confirm.label}
        </SubmitButton>
      ) : null}
    </div>
  );
}
