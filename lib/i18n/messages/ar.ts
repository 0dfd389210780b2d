import type english from "./en";
import account from "./ar/account.json";
import admin from "./ar/admin.json";
import assignment from "./ar/assignment.json";
import auth from "./ar/auth.json";
import claim from "./ar/claim.json";
import discussion from "./ar/discussion.json";
import exportFiles from "./ar/export.json";
import forms from "./ar/forms.json";
import history from "./ar/history.json";
import jobs from "./ar/jobs.json";
import language from "./ar/language.json";
import review from "./ar/review.json";
import shell from "./ar/shell.json";
import timeline from "./ar/timeline.json";
import vocab from "./ar/vocab.json";

/** The Arabic catalogue: one namespace per area of the desk, each its own file. */
const messages = {
  account,
  admin,
  assignment,
  auth,
  claim,
  discussion,
  export: exportFiles,
  forms,
  history,
  jobs,
  language,
  review,
  shell,
  timeline,
  vocab,
} satisfies typeof english;
export default messages;
