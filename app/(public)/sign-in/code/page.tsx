import { redirect } from "next/navigation";
import { SignInFrame } from "../sign-in-frame";
import { getT, pageTitle } from "@/lib/i18n/server";
import { pendingTicket } from "@/lib/mfa/pending-cookie";
import { SignInCodeForm } from "./sign-in-code-form";

export const generateMetadata = pageTitle("security.signIn.title");

export default async function SignInCodePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (!(await pendingTicket())) redirect("/sign-in");
  const { t, locale } = await getT();
  const { next } = await searchParams;
  return (
    <SignInFrame locale={locale}>
      <h1 className="mb-6 text-center text-2xl font-semibold">{t("security.signIn.title")}</h1>
      <div className="card p-6">
        <p className="mb-5 text-sm text-slate-600">{t("security.signIn.intro")}</p>
        <SignInCodeForm next={typeof next === "string" ? next : "/"} />
      </div>
    </SignInFrame>
  );
}
