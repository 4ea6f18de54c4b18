import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { HOME_FOR_ROLE } from "@/lib/roles";

export default async function Root() {
  const actor = await getActor();
  // An anonymous visitor lands on the public portal (issue 16), which links to sign-in.
  redirect(actor ? HOME_FOR_ROLE[actor.role] : "/open");
}
