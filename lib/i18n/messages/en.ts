import account from "./en/account.json";
import admin from "./en/admin.json";
import auth from "./en/auth.json";
import board from "./en/board.json";
import claimSources from "./en/claimSources.json";
import entities from "./en/entities.json";
import evidence from "./en/evidence.json";
import exportFiles from "./en/export.json";
import firstSteps from "./en/firstSteps.json";
import forms from "./en/forms.json";
import jobs from "./en/jobs.json";
import language from "./en/language.json";
import makeClaim from "./en/makeClaim.json";
import paging from "./en/paging.json";
import pairs from "./en/pairs.json";
import queue from "./en/queue.json";
import relations from "./en/relations.json";
import reports from "./en/reports.json";
import shell from "./en/shell.json";
import similarClaims from "./en/similarClaims.json";
import timeline from "./en/timeline.json";
import vocab from "./en/vocab.json";

/** The English catalogue: one namespace per area of the desk, each its own file. */
const messages = {
  account,
  admin,
  auth,
  board,
  claimSources,
  entities,
  evidence,
  export: exportFiles,
  firstSteps,
  forms,
  jobs,
  language,
  makeClaim,
  paging,
  pairs,
  queue,
  relations,
  reports,
  shell,
  similarClaims,
  timeline,
  vocab,
};
export default messages;
