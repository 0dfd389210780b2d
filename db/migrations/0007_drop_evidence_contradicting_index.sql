-- The board reads claims.contradicted since 0006, and nothing filters evidence by stance any more:
-- this index only cost every evidence write.
DROP INDEX "evidence_contradicting_claim_idx";