-- The desk's job queue (graphile-worker) keeps its tables in the schema
-- graphile_worker. Its own migrator creates them, run by `npm run db:migrate`
-- as the owner right after these migrations (db/job-queue-schema.ts); this
-- migration makes the schema first so that everything the migrator creates in
-- it is granted to the app's role by default, as in public (0001). The app
-- then adds, takes and finishes jobs but never alters the queue's tables.
CREATE SCHEMA IF NOT EXISTS graphile_worker;
--> statement-breakpoint
GRANT USAGE ON SCHEMA graphile_worker TO desk_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA graphile_worker GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO desk_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA graphile_worker GRANT USAGE, SELECT ON SEQUENCES TO desk_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA graphile_worker GRANT EXECUTE ON FUNCTIONS TO desk_app;
--> statement-breakpoint

-- Claims already on the desk are watched by the people who worked on them,
-- as new work makes them watch from now on: the author first, then raters,
-- then commenters (the first reason found is the one kept).
INSERT INTO claim_watches (claim_id, user_id, watching, reason)
SELECT id, created_by, true, 'author' FROM claims WHERE created_by IS NOT NULL
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO claim_watches (claim_id, user_id, watching, reason)
SELECT claim_id, reviewer_id, true, 'rated' FROM ratings
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO claim_watches (claim_id, user_id, watching, reason)
SELECT DISTINCT claim_id, author_id, true, 'commented'::watch_reason FROM comments
ON CONFLICT DO NOTHING;
