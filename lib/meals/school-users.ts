import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { createUser } from "../users/create-user";
import { addSchoolStaff } from "./programme";

// School users (decision 0200): an account of the `school` role tied to a school by a school_staff row. The demo seed
// and the district's setup call this; an administrator may also create a `school` account and the district official
// then ties it to a school (addSchoolStaff).

/**
 * A school user with this e-mail, working at the school as staff or director. Idempotent: an existing account of the
 * `school` role keeps its password and gets (or keeps) its school_staff row, so a seed may call it on every run.
 */
export async function addSchoolUser({ actor, schoolId, email, name, password, position }: {
  actor: TActor;
  schoolId: number;
  email: string;
  name: string;
  /** Only the system (seed, tests) gives a password that never has to change; otherwise a one-time one is made. */
  password?: string;
  position: "staff" | "director";
}) {
  const existing = await prisma().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const user = existing ?? (await createUser({ actor, input: { name, email, role: "school", organizationId: null, password } }));
  if (user.role !== "school") throw new Error(`${email} is a ${user.role}, not a school user`);
  await addSchoolStaff({ actor, schoolId, userId: user.id, position });
  return user;
}
