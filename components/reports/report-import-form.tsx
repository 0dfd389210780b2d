"use client";

import { importReportAction } from "@/app/(desk)/reports/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { ReportTextSource } from "./report-text-source";

/** A new report: what is known about it, and its text pasted or uploaded. */
export function ReportImportForm() {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(importReportAction);
  const errors = state.fieldErrors;
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      <fieldset className="grid min-w-0 gap-4 sm:grid-cols-2">
        <legend className="mb-1 font-medium">About the report</legend>
        <div className="sm:col-span-2">
          <TextField label="Title" name="title" required dir="auto" errors={errors?.title} />
        </div>
        <TextField
          label="Outlet"
          name="outlet"
          dir="auto"
          hint="The site or paper that published it, if the page says."
          errors={errors?.outlet}
        />
        <TextField label="Author" name="author" dir="auto" errors={errors?.author} />
        <TextField
          label="Web address"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://"
          errors={errors?.url}
        />
        <TextField
          label="Published on"
          name="publishedOn"
          type="date"
          hint="Leave empty when the report does not say."
          errors={errors?.publishedOn}
        />
      </fieldset>
      <ReportTextSource errors={errors} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Importing…" : "Import report"}
        </Button>
      </div>
    </form>
  );
}
