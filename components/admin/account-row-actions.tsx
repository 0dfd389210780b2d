"use client";

import { useActionState } from "react";
import { changeAccountRoleAction, setAccountActiveAction } from "@/app/(desk)/admin/users/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { roleLabels, roles, type Role } from "@/lib/auth/roles";
import { idleFormState } from "@/lib/form-state";

/** Role and activation controls for one account row. */
export function AccountRowActions({
  account,
  isSelf,
}: {
  account: { id: string; displayName: string; role: Role; active: boolean };
  isSelf: boolean;
}) {
  const [roleState, submitRole, rolePending] = useActionState(
    changeAccountRoleAction,
    idleFormState,
  );
  const [activeState, submitActive, activePending] = useActionState(
    setAccountActiveAction,
    idleFormState,
  );
  if (isSelf) return <p className="text-sm text-muted">This is you</p>;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={submitRole} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={account.id} />
          <label className="sr-only" htmlFor={`role-${account.id}`}>
            Role of {account.displayName}
          </label>
          <select
            id={`role-${account.id}`}
            name="role"
            defaultValue={account.role}
            className="rounded-md border border-line bg-white px-2 py-1 text-sm"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary" size="sm" disabled={rolePending}>
            {rolePending ? "Saving…" : "Change role"}
          </Button>
        </form>
        <form action={submitActive}>
          <input type="hidden" name="userId" value={account.id} />
          <input type="hidden" name="active" value={account.active ? "false" : "true"} />
          <Button
            type="submit"
            variant={account.active ? "danger" : "secondary"}
            size="sm"
            disabled={activePending}
            aria-label={`${account.active ? "Deactivate" : "Reactivate"} ${account.displayName}`}
          >
            {account.active ? "Deactivate" : "Reactivate"}
          </Button>
        </form>
      </div>
      <FormMessage state={roleState.status !== "idle" ? roleState : activeState} />
    </div>
  );
}
