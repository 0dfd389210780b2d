"use client";

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
  return (
    <div className="flex flex-col gap-3">
      <form action={dispatch} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:w-80">
          <TextField
            label="Token name"
            name="name"
            maxLength={80}
            required
            hint="The script or machine that will use it."
            errors={state.fieldErrors?.name}
          />
        </div>
        <div className="sm:mb-7">
          <SubmitButton pending={pending} pendingLabel="Creating…">
            Create token
          </SubmitButton>
        </div>
      </form>
      <FormMessage state={state} />
      {token && (
        <div className="flex flex-col gap-2 rounded-md border border-line bg-paper p-3">
          <label htmlFor="new-api-token" className="text-sm font-medium">
            Your new token
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="new-api-token"
              readOnly
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
              Copy
            </Button>
          </div>
          <p role="status" className="text-sm text-muted">
            {copied === token
              ? "Copied."
              : "The desk keeps only a hash: once you leave this page, nobody can show it again."}
          </p>
        </div>
      )}
    </div>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, dispatch, pending] = useActionState(revokeApiTokenAction, idleFormState);
  return (
    <form action={dispatch} className="flex flex-col gap-1">
      <input type="hidden" name="tokenId" value={tokenId} />
      <SubmitButton
        pending={pending}
        pendingLabel="Revoking…"
        variant="danger"
        size="sm"
        aria-label={`Revoke ${name}`}
      >
        Revoke
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
