import account from "./en/account.json";
import admin from "./en/admin.json";
import assignment from "./en/assignment.json";
import auth from "./en/auth.json";
import claim from "./en/claim.json";
import discussion from "./en/discussion.json";
import exportFiles from "./en/export.json";
import forms from "./en/forms.json";
import history from "./en/history.json";
import jobs from "./en/jobs.json";
import language from "./en/language.json";
import review from "./en/review.json";
import shell from "./en/shell.json";
import timeline from "./en/timeline.json";
import vocab from "./en/vocab.json";

/** The English catalogue: one namespace per area of the desk, each its own file. */
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
};
export default messages;
