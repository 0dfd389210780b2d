"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { editSourceAction } from "@/app/(desk)/sources/[id]/actions";
import { KindSelect } from "@/components/entities/kind-select";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { typedCode } from "@/components/ui/typed-code";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { ENTITY_NAME_MAX_LENGTH } from "@/lib/entities/kinds";
import { SOURCE_HOSTS_MAX, sourceKinds, type SourceKind } from "@/lib/sources/kinds";

/**
 * An editor's form for a source's name, kind and hosts. It sends the
 * version it was opened at: a save after another editor's is refused with
 * theirs named, and what was typed stays.
 */
export function SourceEditForm({
  source,
  hosts,
}: {
  source: { id: number; name: string; kind: SourceKind; version: number };
  hosts: string[];
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(editSourceAction, {
    refreshOnSuccess: true,
  });
  const [kind, setKind] = useState<SourceKind>(source.kind);
  const t = useTranslations("sourcesPage");
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="version" value={source.version} />
      <TextField
        label={t("edit.name")}
        name="name"
        dir="auto"
        defaultValue={source.name}
        maxLength={ENTITY_NAME_MAX_LENGTH}
        errors={state.fieldErrors?.name}
      />
      <KindSelect
        label={t("edit.kind")}
        value={kind}
        onChange={setKind}
        choices={sourceKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        errors={state.fieldErrors?.kind}
      />
      <TextArea
        label={t("edit.hosts")}
        name="hosts"
        rows={3}
        dir="ltr"
        defaultValue={hosts.join("\n")}
        hint={t.rich("edit.hostsHint", {
          example: "ng.ru",
          maximum: SOURCE_HOSTS_MAX,
          code: typedCode,
        })}
        errors={state.fieldErrors?.hosts}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("edit.saving")}>
          {t("edit.save")}
        </SubmitButton>
      </div>
    </form>
  );
}
