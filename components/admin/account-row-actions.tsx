"use client";

import { useActionState, useId, useState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import {
  changeAccountRoleAction,
  endSessionsAction,
  makeAccountLinkAction,
  revokeInviteAction,
  setAccountActiveAction,
} from "@/app/(desk)/admin/users/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { dataText } from "@/components/ui/data-text";
import { SubmitButton } from "@/components/ui/submit-button";
import { roles, type Role } from "@/lib/auth/roles";
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
/** The two controls that cut an account off ask first, in the row, not in a browser dialog. */
type Confirmable = "active" | "revoke";

/**
 * The controls for one account row. Each form names its server action in a
 * hidden `intent`, so the row keeps one message: the answer to the last thing
 * done. A new link appears here once, to copy. Deactivating and revoking an
 * invite say what they will do and wait for a second click.
 */
export function AccountRowActions({
  account,
  isSelf,
}: {
  account: { id: string; displayName: string; role: Role; active: boolean; passwordSet: boolean };
  isSelf: boolean;
}) {
  const [confirming, setConfirming] = useState<Confirmable | null>(null);
  const confirmationId = useId();
  const t = useTranslations("admin.row");
  const shell = useTranslations("shell");
  const [state, submit, pending] = useActionState(async (previous: FormState, data: FormData) => {
    const next = await rowActions[data.get("intent") as Intent](previous, data);
    if (next.status === "success") setConfirming(null);
    return next;
  }, idleFormState);
  if (isSelf) return <p className="text-sm text-muted">{t("self")}</p>;
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
            {t.rich("roleOf", { name, bdi: (chunks) => <bdi>{chunks}</bdi> })}
          </label>
          <select
            id={`role-${account.id}`}
            name="role"
            defaultValue={account.role}
            className="rounded-md border border-line bg-white px-2 py-1 text-sm"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {shell(`roles.${role}`)}
              </option>
            ))}
          </select>
          <SubmitButton pending={pending} variant="secondary" size="sm">
            {t("changeRole")}
          </SubmitButton>
        </form>
        {account.active && (
          <form action={submit}>
            {hidden("link")}
            <SubmitButton
              pending={pending}
              variant="secondary"
              size="sm"
              aria-label={
                invited ? t("newInviteLinkFor", { name }) : t("resetPasswordOf", { name })
              }
            >
              {invited ? t("newInviteLink") : t("resetPassword")}
            </SubmitButton>
          </form>
        )}
        {account.active && !invited && (
          <form action={submit}>
            {hidden("sessions")}
            <SubmitButton
              pending={pending}
              variant="secondary"
              size="sm"
              aria-label={t("endSessionsOf", { name })}
            >
              {t("endSessions")}
            </SubmitButton>
          </form>
        )}
        {account.active ? (
          <Button
            type="button"
            variant="danger"
            size="sm"
            aria-expanded={confirming !== null}
            aria-controls={confirmationId}
            onClick={() => setConfirming((open) => (open ? null : invited ? "revoke" : "active"))}
            aria-label={invited ? t("revokeInviteOf", { name }) : t("deactivateName", { name })}
          >
            {invited ? t("revokeInvite") : t("deactivate")}
          </Button>
        ) : (
          <form action={submit}>
            {hidden("active")}
            <input type="hidden" name="active" value="true" />
            <SubmitButton
              pending={pending}
              variant="secondary"
              size="sm"
              aria-label={t("reactivateName", { name })}
            >
              {t("reactivate")}
            </SubmitButton>
          </form>
        )}
      </div>
      <div id={confirmationId}>
        {confirming && (
          <form
            action={submit}
            className="flex flex-col gap-2 rounded-md border border-danger/40 p-3"
          >
            {hidden(confirming)}
            {confirming === "active" && <input type="hidden" name="active" value="false" />}
            <p className="text-sm">
              {confirming === "active"
                ? t.rich("confirmDeactivate", { name, data: dataText })
                : t.rich("confirmRevoke", { name, data: dataText })}
            </p>
            <div className="flex flex-wrap gap-2">
              <SubmitButton pending={pending} variant="danger" size="sm" autoFocus>
                {confirming === "active" ? t("yesDeactivate") : t("yesRevoke")}
              </SubmitButton>
              <Button
                type="button"
                variant="secondary"
                size="sm"
                onClick={() => setConfirming(null)}
              >
                {confirming === "active" ? t("keepActive") : t("keepInvite")}
              </Button>
            </div>
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
