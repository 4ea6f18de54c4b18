import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/language-switch";
import type { TLocale } from "@/lib/i18n";

/** The signed-out screens' frame: a centred narrow column on the brand gradient, the language switch in the corner. */
export function SignInFrame({ locale, children }: { locale: TLocale; children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-12">
      <div className="absolute right-4 top-4">
        <LanguageSwitch locale={locale} />
      </div>
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
