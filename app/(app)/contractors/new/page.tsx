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
      <PageHeader back={{ href: "/contractors", label: t("contractors.backToList") }} title={t("contractors.registerTitle")} intro={t("contractors.registerIntro")} />
      <RegisterCompanyForm />
    </>
  );
}
