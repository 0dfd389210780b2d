-- A report's address becomes a link on its page and in exports: like an
-- evidence link, it must be http(s) (the next migration adds the check). An
-- address already stored that is not one (javascript:, data:, a bare word)
-- is set aside, not kept as a link nobody may follow.
UPDATE reports SET url = NULL WHERE url IS NOT NULL AND url !~* '^https?://';
