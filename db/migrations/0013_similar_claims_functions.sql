-- Finding claims that look like a given text, and keeping, for each claim,
-- the claims that look like it (claim_resemblances). Hand-written:
-- drizzle-kit does not model functions or triggers.
--
-- Comparing a text with every claim by trigram similarity costs about 20 µs a
-- claim (pg_trgm builds both trigram sets each time), and on a desk whose
-- claims share most of their wording neither a GIN nor a GiST trigram index
-- narrows the search enough (measured at 10,000 generated claims: 10–140 ms a
-- search). So candidates are found the way the board searches: the claims
-- whose search_text contains two of the text's longest words, through the
-- trigram index that search already has (LIKE '%word%', so an Arabic word is
-- found with its article and prepositions attached), a bounded number of
-- them; only those are ranked by similarity. Long words are the rare ones, and
-- a claim that says the same thing nearly always shares some of them.

-- The longest distinct words of a text, folded by desk_normalise and without
-- the Arabic article and attached conjunctions or prepositions; words of four
-- letters or more, longest first.
CREATE FUNCTION desk_probe_words(input text, how_many integer) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN ARRAY(
  SELECT word FROM (
    SELECT DISTINCT regexp_replace(piece, '^(وال|بال|فال|كال|لل|ال|و)(?=[^ ]{3})', '') AS word
    FROM regexp_split_to_table(desk_normalise(input), '[^[:alnum:]]+') AS piece
  ) AS words
  WHERE length(word) >= 4
  ORDER BY length(word) DESC, word
  LIMIT how_many
);
--> statement-breakpoint
-- Ids of claims (other than `excluded`) whose search_text has every word of
-- `words` (up to three), at most `how_many`, in no particular order; none for
-- no words.
CREATE FUNCTION desk_claims_with_words(words text[], excluded integer, how_many integer)
RETURNS SETOF integer
LANGUAGE sql STABLE PARALLEL SAFE
-- a handful of ids: the planner should look each up by its key, not scan claims
ROWS 8
BEGIN ATOMIC
  SELECT c.id FROM claims c
  WHERE cardinality(words) > 0
    AND c.search_text LIKE '%' || words[1] || '%'
    AND c.search_text LIKE '%' || coalesce(words[2], '') || '%'
    AND c.search_text LIKE '%' || coalesce(words[3], '') || '%'
    AND c.id IS DISTINCT FROM excluded
  LIMIT how_many;
END;
--> statement-breakpoint
-- Candidates for a statement and a quote: claims sharing the two longest words
-- of either, or its third and fourth longest (a claim told in other words
-- often keeps some of them), `how_many` per probe.
CREATE FUNCTION desk_similar_candidates(statement text, quote text, excluded integer, how_many integer)
RETURNS SETOF integer
LANGUAGE sql STABLE PARALLEL SAFE
ROWS 24
BEGIN ATOMIC
  WITH words AS (
    SELECT desk_probe_words(statement, 4) AS statement_words, desk_probe_words(quote, 4) AS quote_words
  )
  SELECT desk_claims_with_words(statement_words[1:2], excluded, how_many) FROM words
  UNION
  SELECT desk_claims_with_words(
    CASE WHEN cardinality(statement_words) = 4 THEN statement_words[3:4] ELSE '{}' END,
    excluded, how_many) FROM words
  UNION
  SELECT desk_claims_with_words(quote_words[1:2], excluded, how_many) FROM words
  UNION
  SELECT desk_claims_with_words(
    CASE WHEN cardinality(quote_words) = 4 THEN quote_words[3:4] ELSE '{}' END,
    excluded, how_many) FROM words;
END;
--> statement-breakpoint
-- claim_resemblances for one claim: the claims sharing the two longest words
-- of its statement or of its quote (eight of each) whose statement or quote is
-- at least 0.2 similar to its own; the claim is no longer pending. 0.2 is low
-- on purpose: these are candidates, which the duplicate and contradiction
-- rules (lib/duplicates, lib/contradictions) then judge; two reports telling
-- the same event in their own words share a fifth to a third of their
-- trigrams. Two probes, not the form's four: claims about the same day and
-- tags reach the lists by another way (lib/pairs/candidates.ts). About 5 ms a
-- claim on the bench's generated desk of 10,000.
CREATE FUNCTION desk_record_resemblances(about integer) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  me claims%ROWTYPE;
BEGIN
  DELETE FROM claim_resemblances
  WHERE claim_resemblances.claim_id = about OR claim_resemblances.other_claim_id = about;
  SELECT * INTO me FROM claims WHERE id = about;
  IF me.id IS NULL THEN
    RETURN;
  END IF;

  INSERT INTO claim_resemblances (claim_id, other_claim_id, statement_similarity, quote_similarity)
  SELECT least(about, scored.id), greatest(about, scored.id), scored.statement_similarity, scored.quote_similarity
  FROM (
    SELECT other.id,
           similarity(me.statement_folded, other.statement_folded) AS statement_similarity,
           similarity(me.quote_folded, other.quote_folded) AS quote_similarity
    FROM claims other
    WHERE other.id IN (
      SELECT desk_claims_with_words(desk_probe_words(me.statement, 2), about, 8)
      UNION
      SELECT desk_claims_with_words(desk_probe_words(me.quote, 2), about, 8)
    )
  ) AS scored
  WHERE scored.statement_similarity >= 0.2 OR scored.quote_similarity >= 0.2
  ORDER BY greatest(scored.statement_similarity, scored.quote_similarity) DESC, scored.id
  LIMIT 20
  ON CONFLICT (claim_id, other_claim_id) DO UPDATE
    SET statement_similarity = excluded.statement_similarity,
        quote_similarity = excluded.quote_similarity;

  UPDATE claims SET resemblances_pending = false WHERE id = about AND resemblances_pending;
END
$$;
--> statement-breakpoint
-- Works out up to `how_many` pending claims, oldest first, and says how many.
-- Rows another transaction is working on are skipped, not waited for, so two
-- readers catching up at once share the work instead of repeating it.
CREATE FUNCTION desk_catch_up_resemblances(how_many integer) RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  pending integer;
  done integer := 0;
BEGIN
  FOR pending IN
    SELECT id FROM claims WHERE resemblances_pending ORDER BY id LIMIT how_many
    FOR NO KEY UPDATE SKIP LOCKED
  LOOP
    PERFORM desk_record_resemblances(pending);
    done := done + 1;
  END LOOP;
  RETURN done;
END
$$;
--> statement-breakpoint
-- A reworded claim is pending again, whoever rewords it; a trigger that only
-- sets a flag, so a bulk update pays nothing per row.
CREATE FUNCTION claims_mark_resemblances_pending() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.resemblances_pending := true;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER claims_reworded_resemblances_pending
BEFORE UPDATE OF statement, quote ON claims
FOR EACH ROW
WHEN (OLD.statement IS DISTINCT FROM NEW.statement OR OLD.quote IS DISTINCT FROM NEW.quote)
EXECUTE FUNCTION claims_mark_resemblances_pending();
--> statement-breakpoint
-- EXECUTE is PUBLIC by default; granted by name so the app role keeps it if that changes.
GRANT EXECUTE ON FUNCTION desk_probe_words(text, integer) TO desk_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION desk_claims_with_words(text[], integer, integer) TO desk_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION desk_similar_candidates(text, text, integer, integer) TO desk_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION desk_record_resemblances(integer) TO desk_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION desk_catch_up_resemblances(integer) TO desk_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION claims_mark_resemblances_pending() TO desk_app;
