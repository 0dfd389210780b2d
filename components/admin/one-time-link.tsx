"use client";

import { useId, useRef, useState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";

/**
 * A one-time invite or reset link, shown once after it is made: a read-only
 * field to select by hand and a button that copies it.
 */
export function OneTimeLink({ url, label }: { url: string; label: string }) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const t = useTranslations("admin.link");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("copied");
    } catch {
      // no clipboard (plain http, or permission refused): the field is selected instead
      field.current?.select();
      setCopied("failed");
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          ref={field}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          dir="ltr"
          className={`${controlClass} min-w-0 flex-1 font-mono text-xs`}
        />
        <Button type="button" variant="secondary" size="sm" onClick={copy}>
          {t("copy")}
        </Button>
      </div>
      <p role="status" className="text-sm text-muted">
        {copied === "copied" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}
