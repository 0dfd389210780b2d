import account from "./en/account.json";
import admin from "./en/admin.json";
import auth from "./en/auth.json";
import exportFiles from "./en/export.json";
import forms from "./en/forms.json";
import jobs from "./en/jobs.json";
import language from "./en/language.json";
import shell from "./en/shell.json";
import timeline from "./en/timeline.json";
import vocab from "./en/vocab.json";

/** The English catalogue: one namespace per area of the desk, each its own file. */
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
};
export default messages;
