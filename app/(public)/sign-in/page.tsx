import { redirect } from "next/navigation";
import { SignInFrame } from "./sign-in-frame";
import { getAccountHolder } from "@/lib/auth";
import { getT, pageTitle } from "@/lib/i18n/server";
import { HOME_FOR_ROLE } from "@/lib/roles";
import { SignInForm } from "./sign-in-form";
import { firstParams } from "@/lib/http/search-params";
import { safeNextPath } from "@/lib/http/safe-next";

export const generateMetadata = pageTitle("auth.submit");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; callbackUrl?: string; signedOut?: string; expired?: string }> }) {
  const actor = await getAccountHolder();
  if (actor) redirect(actor.pendingSetup ? "/account/security" : HOME_FOR_ROLE[actor.role]);
  const { t, locale } = await getT();
  const { next, callbackUrl, signedOut, expired } = firstParams(await searchParams);
  // `callbackUrl` (Auth.js's own name) is understood as `next`; either is kept only as a path of this site (the action
  // checks it again), else the user lands on their home (decision 0225).
  const asked = safeNextPath(next ?? callbackUrl);
  return (
    <SignInFrame locale={locale}>
      <div className="mb-8 text-center">
        <div className="mx-auto mb-3 flex h-12 w-12 items-center justify-center rounded-xl bg-brand-600 text-xl font-semibold text-white" aria-hidden>
          A
        </div>
        <h1 className="text-2xl font-semibold">{t("auth.title")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("app.tagline")}</p>
      </div>
      <div className="card p-6">
        {signedOut ? (
          <p className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900" role="status">
            {t("auth.signedOut")}
          </p>
        ) : null}
        {expired ? (
          <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
            {t("security.signIn.expired")}
          </p>
        ) : null}
        <p className="mb-5 text-sm text-slate-600">{t("auth.intro")}</p>
        <SignInForm next={asked} />
      </div>
    </SignInFrame>
  );
}
