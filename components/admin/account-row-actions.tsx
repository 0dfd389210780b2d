"use client";

import { useActionState } from "react";
import {
  changeAccountRoleAction,
  endSessionsAction,
  makeAccountLinkAction,
  revokeInviteAction,
  setAccountActiveAction,
} from "@/app/(desk)/admin/users/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { roleLabels, roles, type Role } from "@/lib/auth/roles";
import { idleFormState, type FormState } from "@/lib/form-state";
import { OneTimeLink } from "./one-time-link";

const rowActions = {
  role: changeAccountRoleAction,
  active: setAccountActiveAction,
  link: makeAccountLinkAction,
  sessions: endSessionsAction,
  revoke: revokeInviteAction,
};
type Intent = keyof typeof rowActions;

/**
 * The controls for one account row. Each form names its server action in a
 * hidden `intent`, so the row keeps one message: the answer to the last thing
 * done. A new link appears here once, to copy.
 */
export function AccountRowActions({
  account,
  isSelf,
}: {
  account: { id: string; displayName: string; role: Role; active: boolean; passwordSet: boolean };
  isSelf: boolean;
}) {
  const [state, submit, pending] = useActionState(
    (previous: FormState, data: FormData) =>
      rowActions[data.get("intent") as Intent](previous, data),
    idleFormState,
  );
  if (isSelf) return <p className="text-sm text-muted">This is you</p>;
  const name = account.displayName;
  const hidden = (intent: Intent) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="userId" value={account.id} />
    </>
  );
  const invited = !account.passwordSet;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={submit} className="flex items-center gap-2">
          {hidden("role")}
          <label className="sr-only" htmlFor={`role-${account.id}`}>
            Role of {name}
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
          <Button type="submit" variant="secondary" size="sm" disabled={pending}>
            Change role
          </Button>
        </form>
        {account.active && (
          <form action={submit}>
            {hidden("link")}
            <Button
              type="submit"
              variant="secondary"
              size="sm"
              disabled={pending}
              aria-label={`${invited ? "New invite link for" : "Reset password of"} ${name}`}
            >
              {invited ? "New invite link" : "Reset password"}
            </Button>
          </form>
        )}
        {account.active && !invited && (
          <form action={submit}>
            {hidden("sessions")}
            <Button
              type="submit"
              variant="secondary"
              size="sm"
              disabled={pending}
              aria-label={`End all sessions of ${name}`}
            >
              End sessions
            </Button>
          </form>
        )}
        {account.active && invited ? (
          <form action={submit}>
            {hidden("revoke")}
            <Button
              type="submit"
              variant="danger"
              size="sm"
              disabled={pending}
              aria-label={`Revoke the invite of ${name}`}
            >
              Revoke invite
            </Button>
          </form>
        ) : (
          <form action={submit}>
            {hidden("active")}
            <input type="hidden" name="active" value={account.active ? "false" : "true"} />
            <Button
              type="submit"
              variant={account.active ? "danger" : "secondary"}
              size="sm"
              disabled={pending}
              aria-label={`${account.active ? "Deactivate" : "Reactivate"} ${name}`}
            >
              {account.active ? "Deactivate" : "Reactivate"}
            </Button>
          </form>
        )}
      </div>
      <FormMessage state={{ status: state.status, message: state.message }} />
      {state.status === "success" && state.link && (
        <OneTimeLink key={state.link.href} url={state.link.href} label={state.link.label} />
      )}
    </div>
  );
}
