-- Texts already in the desk become their report's first kept version,
-- credited to whoever last set them (the newest import or text event on the
-- audit trail for the report), else to its importer. Earlier texts were never
-- kept and cannot be recovered.
INSERT INTO report_text_versions (report_id, number, full_text, content_hash, set_by, set_at)
SELECT r.id, 1, r.full_text, coalesce(r.content_hash, ''),
       coalesce(last_set.actor_id, r.imported_by), coalesce(last_set.occurred_at, r.imported_at)
  FROM reports r
  LEFT JOIN LATERAL (
    SELECT a.actor_id, a.occurred_at FROM audit_events a
     WHERE a.entity_type = 'report' AND a.entity_id = r.id::text
       AND a.action IN ('report.import', 'report.attach_text', 'report.replace_text')
     ORDER BY a.id DESC LIMIT 1
  ) last_set ON true
 WHERE r.full_text IS NOT NULL;
--> statement-breakpoint
-- a kept version is history: the app adds versions, and never changes or removes one
REVOKE UPDATE, DELETE, TRUNCATE ON report_text_versions FROM desk_app;
