-- The audit trail: append-only and hash-chained, plus the least-privileged
-- role the application runs as. Hand-written: drizzle-kit does not model
-- triggers, functions or grants.

CREATE SEQUENCE IF NOT EXISTS audit_events_id_seq AS bigint OWNED BY audit_events.id;
--> statement-breakpoint

-- The digest covers every column but `hash` itself. Timestamps enter as
-- microseconds since the epoch so the session's TimeZone cannot change the
-- text; jsonb::text is canonical (keys sorted, whitespace fixed).
CREATE OR REPLACE FUNCTION audit_event_digest(e audit_events) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    e.id::text || chr(31) ||
    ((extract(epoch FROM e.occurred_at) * 1000000)::bigint)::text || chr(31) ||
    coalesce(e.actor_id::text, '') || chr(31) ||
    e.action || chr(31) ||
    e.entity_type || chr(31) ||
    coalesce(e.entity_id, '') || chr(31) ||
    coalesce(e.before::text, 'null') || chr(31) ||
    coalesce(e.after::text, 'null') || chr(31) ||
    coalesce(e.request_id, '') || chr(31) ||
    e.prev_hash,
  'UTF8')), 'hex')
$$;
--> statement-breakpoint

-- Appends one link. The transaction-level advisory lock serialises writers
-- until commit, so the id order is the chain order and no two rows share a
-- predecessor. Within one transaction the head is remembered in a
-- transaction-local setting, because rows inserted by the same statement are
-- invisible to the SELECT below. The setting carries the transaction id, so a
-- value set by anyone else (or left at session level) is never trusted.
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  head text;
  remembered text[];
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit events must be written in READ COMMITTED transactions (the chain head must be read after the lock)';
  END IF;
  PERFORM pg_advisory_xact_lock(7301100522);
  remembered := string_to_array(current_setting('desk.audit_chain_head', true), ':');
  IF array_length(remembered, 1) = 2 AND remembered[1] = txid_current()::text THEN
    head := remembered[2];
  ELSE
    SELECT a.hash INTO head FROM audit_events a ORDER BY a.id DESC LIMIT 1;
  END IF;
  NEW.id := nextval('audit_events_id_seq');
  NEW.occurred_at := clock_timestamp();
  NEW.prev_hash := coalesce(head, repeat('0', 64));
  NEW.hash := audit_event_digest(NEW);
  PERFORM set_config('desk.audit_chain_head', txid_current()::text || ':' || NEW.hash, true);
  RETURN NEW;
END
$$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint

-- desk_app is what the web app's login role is granted: data access, no DDL,
-- and on the audit trail only SELECT and INSERT. CREATE ROLE is cluster-wide,
-- so it is skipped when another database of the cluster already made it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_app') THEN
    CREATE ROLE desk_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO desk_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO desk_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO desk_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM desk_app;
--> statement-breakpoint
-- later migrations' tables are granted the same way by default
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO desk_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO desk_app;
--> statement-breakpoint
-- the app reads the applied migrations to refuse serving a schema that is behind
GRANT USAGE ON SCHEMA drizzle TO desk_app;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO desk_app;
