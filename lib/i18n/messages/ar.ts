import type english from "./en";
import account from "./ar/account.json";
import admin from "./ar/admin.json";
import auth from "./ar/auth.json";
import board from "./ar/board.json";
import claimSources from "./ar/claimSources.json";
import entities from "./ar/entities.json";
import evidence from "./ar/evidence.json";
import exportFiles from "./ar/export.json";
import firstSteps from "./ar/firstSteps.json";
import forms from "./ar/forms.json";
import jobs from "./ar/jobs.json";
import language from "./ar/language.json";
import makeClaim from "./ar/makeClaim.json";
import paging from "./ar/paging.json";
import pairs from "./ar/pairs.json";
import queue from "./ar/queue.json";
import relations from "./ar/relations.json";
import reports from "./ar/reports.json";
import shell from "./ar/shell.json";
import similarClaims from "./ar/similarClaims.json";
import timeline from "./ar/timeline.json";
import vocab from "./ar/vocab.json";

/** The Arabic catalogue: one namespace per area of the desk, each its own file. */
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
} satisfies typeof english;
export default messages;
