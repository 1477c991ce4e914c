"""The central PostgreSQL schema, as SQL text. Every statement may run again safely.

Server-side guarantees (they hold for any client, not just this app):

* ``infusion.events`` is append-only (no UPDATE, DELETE or TRUNCATE, for anyone).
* A device role sees only its own site's events and may insert only events that carry its
  own device id and site (row-level security; the role-to-device map is ``infusion.devices``).
* Each INSERT statement is checked as a whole by ``check_chain`` (an AFTER STATEMENT trigger
  on the inserted rows): every event's SHA-256 is recomputed from its fields exactly as
  ``infusion_app.domain.events.event_hash`` does, and every event must follow its device's
  previous event (``device_seq`` = previous + 1, ``prev_hash`` = previous hash; the first
  event links to the genesis hash). A broken chain aborts the statement with SQLSTATE IC001.
* ``server_seq`` is the server's alone: the column's default draws it from a sequence, and
  device roles may insert only the event's own columns (never ``server_seq``) nor set the
  sequence. It is drawn under one transaction-level advisory lock, so the numbers become
  visible in the order they were handed out: a pull cursor never skips an event that
  committed late.
* A device role knows only its own site and device (``my_site()``, ``my_device()``); it cannot
  read the device map, the sites or another site's events. A revoked device has neither.
* Every pushed event is validated (:mod:`infusion_app.sync.server_checks_sql`).
"""

from __future__ import annotations

DEVICE_GROUP = "infusion_device"
SEQ_LOCK_KEY = 7_311_015_001  # any constant: one advisory lock orders all pushes
# What a device may write: the event's own fields, never server_seq or received_at.
INSERTABLE = (
    "site, id, device_id, device_seq, actor, participant, session, type, payload, "
    "occurred_at, recorded_at, prev_hash, hash"
)

SCHEMA_SQL = f"""
CREATE SCHEMA IF NOT EXISTS infusion;
CREATE TABLE IF NOT EXISTS infusion.sites (
    code text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS infusion.devices (
    device_id text PRIMARY KEY,
    site text NOT NULL REFERENCES infusion.sites (code),
    role_name text NOT NULL UNIQUE,
    enrolled_at timestamptz NOT NULL DEFAULT now()
);
-- A revoked device (``server revoke``) keeps its role, to be told why it is refused; it has no
-- site or device any more (my_site, my_device), so row-level security lets it read and write
-- nothing. last_sync_at: its last sync that the server let in.
ALTER TABLE infusion.devices ADD COLUMN IF NOT EXISTS revoked_at timestamptz;
ALTER TABLE infusion.devices ADD COLUMN IF NOT EXISTS revoked_reason text;
ALTER TABLE infusion.devices ADD COLUMN IF NOT EXISTS last_sync_at timestamptz;
CREATE SEQUENCE IF NOT EXISTS infusion.events_server_seq;
CREATE TABLE IF NOT EXISTS infusion.events (
    server_seq bigint PRIMARY KEY DEFAULT nextval('infusion.events_server_seq'),
    site text NOT NULL,
    id text NOT NULL UNIQUE,
    device_id text NOT NULL,
    device_seq bigint NOT NULL CHECK (device_seq >= 1),
    actor text NOT NULL,
    participant text,
    session text,
    type text NOT NULL,
    payload text NOT NULL,
    occurred_at text NOT NULL,
    recorded_at text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (device_id, device_seq)
);
ALTER SEQUENCE infusion.events_server_seq OWNED BY infusion.events.server_seq;
-- The server numbers every row; a device may not name the column (see the grants below).
-- (A version of this schema numbered rows with a row trigger instead: a function call per
-- row for nothing the column privilege does not already give; dropped here.)
DROP TRIGGER IF EXISTS events_server_seq ON infusion.events;
DROP FUNCTION IF EXISTS infusion.assign_server_seq();
ALTER TABLE infusion.events
    ALTER COLUMN server_seq SET DEFAULT nextval('infusion.events_server_seq');
CREATE INDEX IF NOT EXISTS events_site_seq ON infusion.events (site, server_seq);

-- The login role's own site and device: no argument, so no role can ask about another.
-- (Before this, site_of(name) and device_of(name) answered for any role: dropped below.)
CREATE OR REPLACE FUNCTION infusion.my_site() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, infusion
AS $$ SELECT site FROM infusion.devices
       WHERE devices.role_name = session_user AND devices.revoked_at IS NULL $$;

CREATE OR REPLACE FUNCTION infusion.my_device() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, infusion
AS $$ SELECT device_id FROM infusion.devices
       WHERE devices.role_name = session_user AND devices.revoked_at IS NULL $$;

-- The JSON text of [id, device_id, device_seq, actor, ..., prev_hash] as Python's
-- json.dumps(separators=(",", ":"), ensure_ascii=False) writes it: to_json escapes strings
-- the same way, NULL is null, no spaces; device_seq goes in as a number.
-- STABLE, not IMMUTABLE: to_json and convert_to are STABLE, and PostgreSQL inlines a SQL
-- function only when the body is no more volatile than declared — inlined, the chain check
-- hashes a 5000-event batch in about half the time (a call per row through the SQL-function
-- executor otherwise).
CREATE OR REPLACE FUNCTION infusion.event_hash(
    id text, device_id text, device_seq bigint, actor text, participant text, session text,
    type text, payload text, occurred_at text, recorded_at text, prev_hash text
) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT encode(sha256(convert_to(
    '[' || coalesce(to_json(id)::text, 'null')
    || ',' || coalesce(to_json(device_id)::text, 'null')
    || ',' || coalesce(device_seq::text, 'null')
    || ',' || coalesce(to_json(actor)::text, 'null')
    || ',' || coalesce(to_json(participant)::text, 'null')
    || ',' || coalesce(to_json(session)::text, 'null')
    || ',' || coalesce(to_json(type)::text, 'null')
    || ',' || coalesce(to_json(payload)::text, 'null')
    || ',' || coalesce(to_json(occurred_at)::text, 'null')
    || ',' || coalesce(to_json(recorded_at)::text, 'null')
    || ',' || coalesce(to_json(prev_hash)::text, 'null') || ']',
    'UTF8')), 'hex') $$;

CREATE OR REPLACE FUNCTION infusion.take_seq_lock() RETURNS trigger LANGUAGE plpgsql
AS $$ BEGIN PERFORM pg_advisory_xact_lock({SEQ_LOCK_KEY}); RETURN NULL; END $$;


-- Within the statement's rows each event must follow the one before it (window lag); only
-- a device's first row here is looked up in the table, so the check is one pass plus one
-- index probe per device. The first two queries only say whether anything is wrong (a scan
-- that recomputes the hashes, and a window over the narrow link columns): together they
-- take about half the time of the query that names the first bad event, which runs only
-- when there is one.
CREATE OR REPLACE FUNCTION infusion.check_chain() RETURNS trigger LANGUAGE plpgsql
AS $$
DECLARE
    bad record;
BEGIN
    IF NOT EXISTS (
        SELECT FROM new_rows r
         WHERE r.hash IS DISTINCT FROM infusion.row_hash(r.id, r.device_id, r.device_seq,
               r.actor, r.participant, r.session, r.type, r.payload, r.occurred_at,
               r.recorded_at, r.prev_hash)
    ) AND NOT EXISTS (
        SELECT FROM (SELECT device_id, device_seq, prev_hash,
                            row_number() OVER w AS k,
                            lag(device_seq) OVER w AS lag_seq,
                            lag(hash) OVER w AS lag_hash
                       FROM new_rows
                     WINDOW w AS (PARTITION BY device_id ORDER BY device_seq)) r
         WHERE CASE WHEN r.k > 1
                      THEN r.device_seq <> r.lag_seq + 1 OR r.prev_hash <> r.lag_hash
                    WHEN r.device_seq = 1 THEN r.prev_hash <> repeat('0', 64)
                    ELSE r.prev_hash IS DISTINCT FROM (
                         SELECT p.hash FROM infusion.events p
                          WHERE p.device_id = r.device_id AND p.device_seq = r.device_seq - 1)
               END
    ) THEN
        RETURN NULL;
    END IF;
    SELECT n.id, n.device_id, n.device_seq, n.problem INTO bad FROM (
        SELECT r.id, r.device_id, r.device_seq,
               CASE
                 WHEN r.hash IS DISTINCT FROM infusion.row_hash(r.id, r.device_id,
                      r.device_seq, r.actor, r.participant, r.session, r.type, r.payload,
                      r.occurred_at, r.recorded_at, r.prev_hash)
                   THEN 'its contents do not match its hash (the event was changed)'
                 WHEN r.k > 1 AND r.device_seq <> r.lag_seq + 1
                   THEN format('event #%s of this device is missing on the server',
                               r.lag_seq + 1)
                 WHEN r.k > 1 AND r.prev_hash <> r.lag_hash
                   THEN 'its link to the previous event is broken'
                 WHEN r.k = 1 AND r.device_seq = 1 AND r.prev_hash <> repeat('0', 64)
                   THEN 'the first event of a device must link to the genesis hash'
                 WHEN r.k = 1 AND r.device_seq > 1 AND NOT EXISTS (
                      SELECT FROM infusion.events p
                       WHERE p.device_id = r.device_id AND p.device_seq = r.device_seq - 1)
                   THEN format('event #%s of this device is missing on the server',
                               r.device_seq - 1)
                 WHEN r.k = 1 AND r.device_seq > 1 AND r.prev_hash IS DISTINCT FROM (
                      SELECT p.hash FROM infusion.events p
                       WHERE p.device_id = r.device_id AND p.device_seq = r.device_seq - 1)
                   THEN 'its link to the previous event is broken'
               END AS problem
          FROM (SELECT new_rows.*,
                       row_number() OVER w AS k,
                       lag(device_seq) OVER w AS lag_seq,
                       lag(hash) OVER w AS lag_hash
                  FROM new_rows
                WINDOW w AS (PARTITION BY device_id ORDER BY device_seq)) r
    ) n
    WHERE n.problem IS NOT NULL
    ORDER BY n.device_id, n.device_seq
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'hash chain broken: event % (device %, #%) refused: %',
            bad.id, bad.device_id, bad.device_seq, bad.problem
            USING ERRCODE = 'IC001';
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION infusion.refuse_change() RETURNS trigger LANGUAGE plpgsql
AS $$ BEGIN
    RAISE EXCEPTION 'infusion.events is append-only: % refused', TG_OP USING ERRCODE = 'IC002';
END $$;

CREATE OR REPLACE TRIGGER events_seq_lock BEFORE INSERT ON infusion.events
    FOR EACH STATEMENT EXECUTE FUNCTION infusion.take_seq_lock();
CREATE OR REPLACE TRIGGER events_chain AFTER INSERT ON infusion.events
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION infusion.check_chain();
CREATE OR REPLACE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON infusion.events
    FOR EACH ROW EXECUTE FUNCTION infusion.refuse_change();
CREATE OR REPLACE TRIGGER events_no_truncate BEFORE TRUNCATE ON infusion.events
    FOR EACH STATEMENT EXECUTE FUNCTION infusion.refuse_change();

ALTER TABLE infusion.events ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS events_read ON infusion.events;
CREATE POLICY events_read ON infusion.events FOR SELECT
    USING (site = (SELECT infusion.my_site()));
DROP POLICY IF EXISTS events_write ON infusion.events;
CREATE POLICY events_write ON infusion.events FOR INSERT
    WITH CHECK (site = (SELECT infusion.my_site())
                AND device_id = (SELECT infusion.my_device()));
DROP FUNCTION IF EXISTS infusion.site_of(name);
DROP FUNCTION IF EXISTS infusion.device_of(name);

REVOKE ALL ON ALL TABLES IN SCHEMA infusion FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA infusion FROM {DEVICE_GROUP};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA infusion FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA infusion FROM {DEVICE_GROUP};
REVOKE ALL ON FUNCTION infusion.my_site(), infusion.my_device() FROM PUBLIC;
REVOKE ALL ON FUNCTION infusion.take_seq_lock(), infusion.check_chain(),
    infusion.refuse_change() FROM PUBLIC;
GRANT USAGE ON SCHEMA infusion TO {DEVICE_GROUP};
GRANT SELECT ON infusion.events TO {DEVICE_GROUP};
GRANT INSERT ({INSERTABLE}) ON infusion.events TO {DEVICE_GROUP};
-- For the column default: nextval only (setval needs UPDATE, reading it SELECT). A device
-- that draws numbers itself only leaves gaps, which a pull cursor does not mind.
GRANT USAGE ON SEQUENCE infusion.events_server_seq TO {DEVICE_GROUP};
GRANT EXECUTE ON FUNCTION infusion.my_site(), infusion.my_device() TO {DEVICE_GROUP};

-- A number planted before devices lost the right to choose one must not collide with the
-- sequence later (the sequence only ever moves forward).
SELECT setval('infusion.events_server_seq', planted)
  FROM (SELECT max(server_seq) AS planted FROM infusion.events) AS top,
       infusion.events_server_seq AS seq
 WHERE planted > seq.last_value;
"""

# Roles live in the whole cluster, so "IF NOT EXISTS" needs a DO block.
GROUP_SQL = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{DEVICE_GROUP}') THEN
        CREATE ROLE {DEVICE_GROUP} NOLOGIN;
    END IF;
END $$;
"""
