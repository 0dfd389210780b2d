-- Search for the claim board. Hand-written: drizzle-kit does not model
-- extensions or functions. The next migration adds claims.search_text, a
-- generated column computed by desk_normalise, and its trigram index.

-- Trigram indexes answer LIKE '%term%' on any script, which suits Arabic,
-- where prefixes (و، ب، ل، ال) attach to the word a reviewer types. pg_trgm is
-- a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint

-- The SQL twin of normaliseArabic (lib/text/arabic.ts): Western digits, no
-- bidi marks or zero-width characters, no harakat, dagger alef or tatweel,
-- one alef, ta marbuta as ha, alef maqsura as ya, lower case, single spaces.
-- lib/claims/board.integration.test.ts checks that both agree.
--
-- One translate() does every character mapping: characters of the first list
-- past the end of the second are deleted. lower() uses the built-in
-- PG_UNICODE_FAST collation, Unicode's full case mapping like JavaScript's
-- toLowerCase (final sigma, dotted capital I), and the same on every
-- platform, whatever the database's locale. The whitespace class is
-- JavaScript's \s (U+FEFF is already gone). A SQL-standard body binds its
-- references when created, so search_path cannot change what it calls, and
-- IMMUTABLE lets a generated column and an index use it. Because stored
-- values are not recomputed when a function changes, a migration that
-- replaces desk_normalise must also rewrite claims.search_text (for example
-- UPDATE claims SET statement = statement).
CREATE OR REPLACE FUNCTION desk_normalise(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN btrim(
  regexp_replace(
    lower(
      translate(
        input,
        -- mapped one for one onto the second list
        U&'\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669'      -- Arabic-Indic digits
          || U&'\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9' -- Extended Arabic-Indic digits
          || U&'\0623\0625\0622\0671'                                -- alef: hamza above, below, madda, wasla
          || U&'\0629'                                               -- ta marbuta
          || U&'\0649'                                               -- alef maqsura
          -- deleted: no counterpart in the second list
          || U&'\061C\200B\200C\200D\200E\200F'                      -- Arabic letter mark, zero-width, LRM/RLM
          || U&'\202A\202B\202C\202D\202E\2066\2067\2068\2069\FEFF'  -- bidi embeddings and isolates, BOM
          || U&'\064B\064C\064D\064E\064F\0650\0651\0652\0653\0654\0655\0656\0657\0658\0659\065A\065B\065C\065D\065E\065F'
          || U&'\0670'                                               -- dagger alef
          || U&'\0640',                                              -- tatweel
        '01234567890123456789'
          || U&'\0627\0627\0627\0627'                                -- bare alef
          || U&'\0647'                                               -- ha
          || U&'\064A'                                               -- ya
      ) COLLATE pg_unicode_fast
    ),
    '[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+',
    ' ',
    'g'
  ),
  ' '
);
--> statement-breakpoint
COMMENT ON FUNCTION desk_normalise(text) IS
  'Folds Arabic and Latin text for search; must agree with normaliseArabic in lib/text/arabic.ts.';
--> statement-breakpoint
-- EXECUTE is PUBLIC by default; granted by name so the app role keeps it if that changes.
-- Inserting or updating a claim evaluates the function for claims.search_text.
GRANT EXECUTE ON FUNCTION desk_normalise(text) TO desk_app;
