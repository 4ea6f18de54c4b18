import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { ministriesFor } from "@/lib/budget/list-budget-lines";
import { localizedName } from "@/lib/i18n";
import { getT, pageTitle } from "@/lib/i18n/server";
import { NewProjectForm } from "./new-project-form";

export const generateMetadata = pageTitle("projects.newProject");

export default async function NewProjectPage() {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const ministries = await ministriesFor(actor);
  return (
    <>
      <PageHeader title={t("projects.newTitle")} intro={t("projects.newIntro")} />
      <NewProjectForm ministries={ministries.map((m) => ({ id: m.id, name: localizedName(locale, m) }))} />
    </>
  );
}
