"use server";

import { defineAction } from "@/lib/actions/action";
import { publishJournalHead } from "@/lib/journal/publication";

export const publishJournalHeadAction = defineAction({
  name: "publishJournalHeadAction",
  roles: ["investigator"],
  run: async ({ actor, t }) => {
    const publication = await publishJournalHead({ actor });
    return { ok: true, message: t("journal.published", { digest: publication.digest }) };
  },
  revalidate: ["/journal"],
});
