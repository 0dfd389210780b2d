"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { controlClass, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/text-area";
import { typedCode } from "@/components/ui/typed-code";
import { reportFileAccept } from "@/lib/reports/file-types";
import { REPORT_MAX_BYTES, tooLargeValues } from "@/lib/reports/limits";
import { typedAsIs } from "@/lib/reports/typed-as-is";

/**
 * Where a report's text comes from: pasted, or a .txt/.md/.html file. A file
 * over the limit is refused here, before a 10 MB upload travels to the server
 * only to be turned away; the server checks again.
 */
export function ReportTextSource({
  errors,
  rows = 12,
  defaultText,
}: {
  errors?: Record<string, string[] | undefined>;
  rows?: number;
  /** text fetched from a link, for the person to review */
  defaultText?: string;
}) {
  const t = useTranslations("reports.form");
  const refusals = useTranslations("reports.errors");
  const [fileError, setFileError] = useState<string | null>(null);
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 font-medium">{t("text")}</legend>
      <TextArea
        label={t("paste")}
        name="text"
        rows={rows}
        dir="auto"
        defaultValue={defaultText}
        hint={t("pasteHint")}
        errors={errors?.text}
        className="font-reading leading-relaxed"
      />
      <Field
        label={t("upload")}
        hint={t.rich("uploadHint", {
          ...typedAsIs,
          limit: REPORT_MAX_BYTES / (1024 * 1024),
          code: typedCode,
        })}
        errors={fileError ? [fileError] : errors?.file}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            name="file"
            accept={reportFileAccept}
            className={`${controlClass} w-full min-w-0 file:me-3 file:rounded file:border-0 file:bg-paper file:px-3 file:py-1`}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file && file.size > REPORT_MAX_BYTES) {
                setFileError(refusals("tooLarge", tooLargeValues("file", file.size)));
                event.currentTarget.value = "";
              } else {
                setFileError(null);
              }
            }}
          />
        )}
      </Field>
    </fieldset>
  );
}
