import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("open.verify.title") };
}

export default async function OpenVerifyPage() {
  const { t } = await getT();
  return (
    <>
      <PageHeader title={t("open.verify.title")} />
      <div className="card max-w-3xl space-y-3 p-5 text-sm leading-relaxed">
        <p>{t("open.verify.p1")}</p>
        <p>{t("open.verify.p2")}</p>
        <p>{t("open.verify.p3")}</p>
      </div>
    </>
  );
}
