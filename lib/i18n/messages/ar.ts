import account from "./ar/account.json";
import admin from "./ar/admin.json";
import assignment from "./ar/assignment.json";
import audit from "./ar/audit.json";
import auth from "./ar/auth.json";
import board from "./ar/board.json";
import claim from "./ar/claim.json";
import claimSources from "./ar/claimSources.json";
import dashboard from "./ar/dashboard.json";
import discussion from "./ar/discussion.json";
import entities from "./ar/entities.json";
import errors from "./ar/errors.json";
import evidence from "./ar/evidence.json";
import exportFiles from "./ar/export.json";
import fields from "./ar/fields.json";
import firstSteps from "./ar/firstSteps.json";
import forms from "./ar/forms.json";
import history from "./ar/history.json";
import jobs from "./ar/jobs.json";
import language from "./ar/language.json";
import makeClaim from "./ar/makeClaim.json";
import notifications from "./ar/notifications.json";
import paging from "./ar/paging.json";
import pairs from "./ar/pairs.json";
import queue from "./ar/queue.json";
import rateLimits from "./ar/rateLimits.json";
import relations from "./ar/relations.json";
import reports from "./ar/reports.json";
import review from "./ar/review.json";
import shell from "./ar/shell.json";
import similarClaims from "./ar/similarClaims.json";
import sourcesPage from "./ar/sourcesPage.json";
import statusPages from "./ar/statusPages.json";
import summary from "./ar/summary.json";
import timeline from "./ar/timeline.json";
import tokens from "./ar/tokens.json";
import vocab from "./ar/vocab.json";
import type english from "./en";

/** The Arabic catalogue: one namespace per area of the desk, each its own file. */
const messages = {
  account,
  admin,
  assignment,
  audit,
  auth,
  board,
  claim,
  claimSources,
  dashboard,
  discussion,
  entities,
  errors,
  evidence,
  export: exportFiles,
  fields,
  firstSteps,
  forms,
  history,
  jobs,
  language,
  makeClaim,
  notifications,
  paging,
  pairs,
  queue,
  rateLimits,
  relations,
  reports,
  review,
  shell,
  similarClaims,
  sourcesPage,
  statusPages,
  summary,
  timeline,
  tokens,
  vocab,
} satisfies typeof english;
export default messages;
