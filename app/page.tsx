import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { HOME_FOR_ROLE } from "@/lib/roles";

export default async function Root() {
  const actor = await getActor();
  redirect(actor ? HOME_FOR_ROLE[actor.role] : "/sign-in");
}
