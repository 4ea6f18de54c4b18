import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { getT, pageTitle } from "@/lib/i18n/server";
import { RegisterCompanyForm } from "./register-company-form";

export const generateMetadata = pageTitle("contractors.registerTitle");

export default async function RegisterCompanyPage() {
  await requireRole("official");
  const { t } = await getT();
  return (
    <>
      <Link href="/contractors" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("contractors.backToList")}
      </Link>
      <PageHeader title={t("contractors.registerTitle")} intro={t("contractors.registerIntro")} />
      <RegisterCompanyForm />
    </>
  );
}
