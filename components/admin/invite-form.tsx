"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { inviteAccountAction } from "@/app/(desk)/admin/users/actions";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { roles } from "@/lib/auth/roles";
import { OneTimeLink } from "./one-time-link";

/** Invites a person: the answer holds their one-time link, shown here once. */
export function InviteForm() {
  const { state, onSubmit, dispatch, pending } = useKeptFormAction(inviteAccountAction);
  const form = useRef<HTMLFormElement>(null);
  const t = useTranslations("admin.invite");
  const shell = useTranslations("shell");
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  return (
    <section
      aria-labelledby="invite-heading"
      className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4"
    >
      <h2 id="invite-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <form
        ref={form}
        action={dispatch}
        onSubmit={onSubmit}
        noValidate
        className="grid gap-3 md:grid-cols-[1fr_1fr_auto_auto] md:items-start"
      >
        <TextField
          label={t("email")}
          name="email"
          type="email"
          autoComplete="off"
          required
          errors={state.fieldErrors?.email}
        />
        <TextField
          label={t("name")}
          name="displayName"
          autoComplete="off"
          required
          errors={state.fieldErrors?.displayName}
        />
        <Field label={t("role")} errors={state.fieldErrors?.role}>
          {(control) => (
            <select {...control} name="role" defaultValue="reviewer" className={controlClass}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {shell(`roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitButton pending={pending} pendingLabel={t("submitting")} className="md:mt-6">
          {t("submit")}
        </SubmitButton>
      </form>
      <FormMessage state={{ status: state.status, message: state.message }} />
      {state.status === "success" && state.link && (
        <OneTimeLink key={state.link.href} url={state.link.href} label={t("linkLabel")} />
      )}
    </section>
  );
}
