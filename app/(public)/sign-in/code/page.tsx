import { redirect } from "next/navigation";
import { LanguageSwitch } from "@/components/language-switch";
import { getT, pageTitle } from "@/lib/i18n/server";
import { pendingTicket } from "@/lib/mfa/pending-cookie";
import { SignInCodeForm } from "./sign-in-code-form";

export const generateMetadata = pageTitle("security.signIn.title");

export default async function SignInCodePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (!(await pendingTicket())) redirect("/sign-in");
  const { t, locale } = await getT();
  const { next } = await searchParams;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-12">
      <div className="absolute right-4 top-4">
        <LanguageSwitch locale={locale} />
      </div>
      <div className="w-full max-w-sm">
        <h1 className="mb-6 text-center text-2xl font-semibold">{t("security.signIn.title")}</h1>
        <div className="card p-6">
          <p className="mb-5 text-sm text-slate-600">{t("security.signIn.intro")}</p>
          <SignInCodeForm next={typeof next === "string" ? next : "/"} />
        </div>
      </div>
    </main>
  );
}
