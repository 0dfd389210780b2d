"use client";

import { useActionState } from "react";
import { endOwnSessionsAction } from "@/app/(desk)/account/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idleFormState } from "@/lib/form-state";

export function EndOwnSessionsForm() {
  const [state, submit, pending] = useActionState(endOwnSessionsAction, idleFormState);
  return (
    <form action={submit} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="danger" disabled={pending} aria-busy={pending}>
          Sign out everywhere
        </Button>
      </div>
    </form>
  );
}
