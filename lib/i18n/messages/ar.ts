import type english from "./en";
import account from "./ar/account.json";
import admin from "./ar/admin.json";
import auth from "./ar/auth.json";
import exportFiles from "./ar/export.json";
import forms from "./ar/forms.json";
import jobs from "./ar/jobs.json";
import language from "./ar/language.json";
import shell from "./ar/shell.json";
import timeline from "./ar/timeline.json";
import vocab from "./ar/vocab.json";

/** The Arabic catalogue: one namespace per area of the desk, each its own file. */
const messages = {
  account,
  admin,
  auth,
  export: exportFiles,
  forms,
  jobs,
  language,
  shell,
  timeline,
  vocab,
} satisfies typeof english;
export default messages;
