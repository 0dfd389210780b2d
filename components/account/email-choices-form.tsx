"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { saveEmailChoicesAction } from "@/app/(desk)/account/email-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import {
  deliveredKinds,
  emailDeliveries,
  type DeliveredKind,
  type EmailDelivery,
} from "@/lib/notifications/kinds";

/** Per kind of notification: emailed at once, in the daily digest, or not at all. */
export function EmailChoicesForm({ current }: { current: Record<DeliveredKind, EmailDelivery> }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(saveEmailChoicesAction);
  const kinds = useTranslations("notifications.kinds");
  const deliveries = useTranslations("notifications.delivery");
  const account = useTranslations("account");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3">
      <div className="flex flex-col divide-y divide-line">
        {deliveredKinds.map((kind) => (
          <fieldset
            key={kind}
            className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between"
          >
            <legend className="float-start text-sm font-medium sm:w-1/2">{kinds(kind)}</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {emailDeliveries.map((delivery) => (
                <label key={delivery} className="inline-flex items-center gap-1.5">
                  <input
                    type="radio"
                    name={kind}
                    value={delivery}
                    defaultChecked={current[kind] === delivery}
                  />
                  {deliveries(delivery)}
                </label>
              ))}
            </div>
            {state.fieldErrors?.[kind] && (
              <p className="text-sm text-danger">{state.fieldErrors[kind]!.join(" ")}</p>
            )}
          </fieldset>
        ))}
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={account("saving")}>
          {account("email.save")}
        </SubmitButton>
      </div>
    </form>
  );
}
