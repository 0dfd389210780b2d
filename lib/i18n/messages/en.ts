import account from "./en/account.json";
import admin from "./en/admin.json";
import assignment from "./en/assignment.json";
import audit from "./en/audit.json";
import auth from "./en/auth.json";
import board from "./en/board.json";
import claim from "./en/claim.json";
import claimSources from "./en/claimSources.json";
import dashboard from "./en/dashboard.json";
import discussion from "./en/discussion.json";
import entities from "./en/entities.json";
import errors from "./en/errors.json";
import evidence from "./en/evidence.json";
import exportFiles from "./en/export.json";
import fields from "./en/fields.json";
import firstSteps from "./en/firstSteps.json";
import forms from "./en/forms.json";
import history from "./en/history.json";
import jobs from "./en/jobs.json";
import language from "./en/language.json";
import makeClaim from "./en/makeClaim.json";
import notifications from "./en/notifications.json";
import paging from "./en/paging.json";
import pairs from "./en/pairs.json";
import queue from "./en/queue.json";
import rateLimits from "./en/rateLimits.json";
import relations from "./en/relations.json";
import reports from "./en/reports.json";
import review from "./en/review.json";
import shell from "./en/shell.json";
import similarClaims from "./en/similarClaims.json";
import sourcesPage from "./en/sourcesPage.json";
import statusPages from "./en/statusPages.json";
import summary from "./en/summary.json";
import timeline from "./en/timeline.json";
import tokens from "./en/tokens.json";
import vocab from "./en/vocab.json";

/** The English catalogue: one namespace per area of the desk, each its own file. */
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
};
export default messages;
