"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useActionState, useState } from "react";
import {
  createApiTokenAction,
  revokeApiTokenAction,
  type CreatedTokenState,
} from "@/app/(desk)/export/tokens/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleFormState } from "@/lib/form-state";

/** Names and creates a token, then shows it once, with a way to copy it. */
export function CreateTokenForm() {
  const [state, dispatch, pending] = useActionState(createApiTokenAction, idleFormState);
  const { token } = state as CreatedTokenState;
  const [copied, setCopied] = useState<string | null>(null);
  const t = useTranslations("tokens.form");
  return (
    <div className="flex flex-col gap-3">
      <form action={dispatch} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:w-80">
          <TextField
            label={t("name")}
            name="name"
            maxLength={80}
            required
            hint={t("nameHint")}
            errors={state.fieldErrors?.name}
          />
        </div>
        <div className="sm:mb-7">
          <SubmitButton pending={pending} pendingLabel={t("pending")}>
            {t("submit")}
          </SubmitButton>
        </div>
      </form>
      <FormMessage state={state} />
      {token && (
        <div className="flex flex-col gap-2 rounded-md border border-line bg-paper p-3">
          <label htmlFor="new-api-token" className="text-sm font-medium">
            {t("yourNew")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="new-api-token"
              readOnly
              dir="ltr"
              value={token}
              onFocus={(event) => event.currentTarget.select()}
              className={`${controlClass} min-w-0 flex-1 font-mono text-sm`}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard.writeText(token);
                setCopied(token);
              }}
            >
              {t("copy")}
            </Button>
          </div>
          <p role="status" className="text-sm text-muted">
            {copied === token ? t("copied") : t("onlyHash")}
          </p>
        </div>
      )}
    </div>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, dispatch, pending] = useActionState(revokeApiTokenAction, idleFormState);
  const t = useTranslations("tokens.form");
  return (
    <form action={dispatch} className="flex flex-col gap-1">
      <input type="hidden" name="tokenId" value={tokenId} />
      <SubmitButton
        pending={pending}
        pendingLabel={t("revoking")}
        variant="danger"
        size="sm"
        aria-label={t("revokeName", { name })}
      >
        {t("revoke")}
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
