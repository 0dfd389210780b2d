import "server-only";
import { claims } from "@/db/schema";
import { standingVerdict } from "@/lib/claims/selection";

/** What every list of claim cards shows: the board, a report's claims, later exports. */
export const claimCardColumns = {
  id: claims.id,
  statement: claims.statement,
  statementLanguage: claims.statementLanguage,
  quote: claims.quote,
  quoteLanguage: claims.quoteLanguage,
  status: claims.status,
  verdict: standingVerdict,
};
