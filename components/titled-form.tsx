import type { ComponentProps, ReactNode } from "react";
import type { TFormState } from "@/lib/actions/action-state";
import { FormMessage } from "./form-message";

/** A form in a card of its own: its title is its heading and its accessible name; its outcome follows the title. */
export function TitledForm({ title, action, state, id, children }: { title: string; action: ComponentProps<"form">["action"]; state: TFormState; id?: string; children: ReactNode }) {
  return (
    <form id={id} action={action} className="card space-y-4 p-5" aria-label={title} noValidate>
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      <FormMessage state={state} />
      {children}
    </form>
  );
}
