import account from "./en/account.json";
import admin from "./en/admin.json";
import audit from "./en/audit.json";
import auth from "./en/auth.json";
import board from "./en/board.json";
import dashboard from "./en/dashboard.json";
import exportFiles from "./en/export.json";
import firstSteps from "./en/firstSteps.json";
import forms from "./en/forms.json";
import jobs from "./en/jobs.json";
import language from "./en/language.json";
import makeClaim from "./en/makeClaim.json";
import notifications from "./en/notifications.json";
import paging from "./en/paging.json";
import pairs from "./en/pairs.json";
import queue from "./en/queue.json";
import rateLimits from "./en/rateLimits.json";
import reports from "./en/reports.json";
import shell from "./en/shell.json";
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
  audit,
  auth,
  board,
  dashboard,
  export: exportFiles,
  firstSteps,
  forms,
  jobs,
  language,
  makeClaim,
  notifications,
  paging,
  pairs,
  queue,
  rateLimits,
  reports,
  shell,
  sourcesPage,
  statusPages,
  summary,
  timeline,
  tokens,
  vocab,
};
export default messages;
