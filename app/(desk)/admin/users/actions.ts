"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { formAction } from "@/lib/form-action";
import { changeAccountRole, setAccountActive } from "@/lib/users/account-admin";

const accountId = z.uuid("Unknown account.");

export const setAccountActiveAction = formAction(
  "user.set_active",
  z.object({ userId: accountId, active: z.enum(["true", "false"]) }),
  async ({ userId, active }, actor) => {
    await setAccountActive(actor, userId, active === "true");
    revalidatePath("/admin/users");
    return active === "true"
      ? "Account reactivated."
      : "Account deactivated; its sessions have ended.";
  },
);

export const changeAccountRoleAction = formAction(
  "user.change_role",
  z.object({ userId: accountId, role: z.enum(roles, "Choose reviewer, editor or admin.") }),
  async ({ userId, role }, actor) => {
    await changeAccountRole(actor, userId, role);
    revalidatePath("/admin/users");
    return "Role changed.";
  },
);
