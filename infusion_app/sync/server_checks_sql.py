"""What the central server checks in every pushed event, besides its hash chain, as SQL text.

* The type is one the server knows (``infusion.event_types``, copied from
  :mod:`infusion_app.domain.event_shapes` by ``server init``).
* The payload is a JSON object holding each required field with one of its allowed JSON kinds.
* The actor is a user of the event's site (``infusion.site_users``, filled from the site's
  ``user.added`` events, this statement's included), except for the types that may name anyone.
* The site's first event names the site it is pushed to; both times are ISO 8601 date-times.

A statement with refused events is aborted with SQLSTATE IC003: the message names the first
one in words, the DETAIL lists them all as JSON ``[[event id, code, detail...], ...]`` so the
laptop can set exactly those aside (see :mod:`infusion_app.sync.set_aside`).

An event the laptop set aside travels as a stand-in (type ``sync.event_set_aside``): its
payload holds the event's exact hashed text (``content``) and why it was set aside
(``problem``). The chain check hashes that text instead of the columns, so the chain stays
whole and verifiable, and the stand-in is not validated as an event: it is not one, it is
the record that an event could not be taken in.
"""

from __future__ import annotations

SET_ASIDE_TYPE = "sync.event_set_aside"
REFUSED_STATE = "IC003"
_STRING = r'"(?:[^"\\]|\\.)*"'
_TEXT_OR_NULL = f"(?:{_STRING}|null)"
# The eleven hashed fields: id, device, number, actor, participant, session, type, payload,
# occurred_at, recorded_at, prev_hash (canonical JSON: no spaces).
STAND_IN_PATTERN = (
    rf"^\[{_STRING},{_STRING},[0-9]+,{_STRING},{_TEXT_OR_NULL},{_TEXT_OR_NULL},"
    rf"{_STRING},{_STRING},{_STRING},{_STRING},{_STRING}\]$"
)
TIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$"

# PostgreSQL 16 can say whether text is JSON (or a time) without a subtransaction per row;
# older ones try. json_object_or_null: the payload as jsonb when it is a JSON object jsonb can
# hold (no \u0000); is_time: an ISO 8601 date-time (a real one, on PostgreSQL 16).
JSON_KIND_SQL = rf"""
DO $do$ BEGIN
IF current_setting('server_version_num')::int >= 160000 THEN
    EXECUTE $f$CREATE OR REPLACE FUNCTION infusion.json_kind(t text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT CASE WHEN t IS JSON THEN json_typeof(t::json) END $$$f$;
    EXECUTE $f$CREATE OR REPLACE FUNCTION infusion.json_object_or_null(t text) RETURNS jsonb
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT CASE WHEN strpos(t, '\u0000') = 0 AND t IS JSON OBJECT
                          THEN t::jsonb END $$$f$;
    EXECUTE $f$CREATE OR REPLACE FUNCTION infusion.is_time(t text) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT t LIKE '____-__-__T__:__:__%' AND pg_input_is_valid(t, 'timestamptz') $$$f$;
ELSE
    EXECUTE $f$CREATE OR REPLACE FUNCTION infusion.json_kind(t text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
        AS $$ BEGIN RETURN json_typeof(t::json); EXCEPTION WHEN others THEN RETURN NULL; END $$$f$;
    EXECUTE $f$CREATE OR REPLACE FUNCTION infusion.json_object_or_null(t text) RETURNS jsonb
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
        AS $$ DECLARE j jsonb; BEGIN j := t::jsonb;
              RETURN CASE WHEN jsonb_typeof(j) = 'object' THEN j END;
              EXCEPTION WHEN others THEN RETURN NULL; END $$$f$;
    EXECUTE $f$CREATE OR REPLACE FUNCTION infusion.is_time(t text) RETURNS boolean
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT t ~ '{TIME_PATTERN}' $$$f$;
END IF;
END $do$;
"""

CHECKS_SQL = f"""
CREATE TABLE IF NOT EXISTS infusion.event_types (
    type text PRIMARY KEY,
    any_actor boolean NOT NULL DEFAULT false
);
CREATE TABLE IF NOT EXISTS infusion.event_fields (
    type text NOT NULL REFERENCES infusion.event_types ON DELETE CASCADE,
    field text NOT NULL,
    kinds text[] NOT NULL,
    PRIMARY KEY (type, field)
);
-- The users of each site, from its user.added events (this statement's included). Replaces
-- site_users of an earlier version of this schema, which kept the names as JSON text.
DROP TABLE IF EXISTS infusion.site_users;
CREATE TABLE IF NOT EXISTS infusion.site_user_names (
    site text NOT NULL,
    username text NOT NULL,
    PRIMARY KEY (site, username)
);

-- The hash of a stand-in is the hash of the text it carries, and that text must be the
-- array of this very event (same id, device, number and link) with the eleven fields of the
-- kinds a laptop stores; NULL otherwise. Read as text: PostgreSQL's JSON operators cannot
-- read an array holding an escaped NUL, which is exactly what a stand-in may carry.
CREATE OR REPLACE FUNCTION infusion.set_aside_hash(
    id text, device_id text, device_seq bigint, payload text, prev_hash text
) RETURNS text LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
    content text;
    head text := '[' || to_json(id)::text || ',' || to_json(device_id)::text || ','
                 || device_seq::text || ',';
    tail text := ',' || to_json(prev_hash)::text || ']';
BEGIN
    IF infusion.json_kind(payload) IS DISTINCT FROM 'object'
       OR json_typeof(payload::json -> 'content') IS DISTINCT FROM 'string' THEN
        RETURN NULL;
    END IF;
    content := payload::json ->> 'content';
    IF content !~ '{STAND_IN_PATTERN}'
       OR left(content, length(head)) <> head OR right(content, length(tail)) <> tail
       OR infusion.json_kind(content) IS DISTINCT FROM 'array' THEN
        RETURN NULL;
    END IF;
    RETURN encode(sha256(convert_to(content, 'UTF8')), 'hex');
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION infusion.row_hash(
    id text, device_id text, device_seq bigint, actor text, participant text, session text,
    type text, payload text, occurred_at text, recorded_at text, prev_hash text
) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN type = '{SET_ASIDE_TYPE}'
    THEN infusion.set_aside_hash(id, device_id, device_seq, payload, prev_hash)
    ELSE infusion.event_hash(id, device_id, device_seq, actor, participant, session, type,
                             payload, occurred_at, recorded_at, prev_hash)
    END $$;

-- One problem per refused event, as a JSON array [id, code, detail...]; NULL when it passes.
-- Set-based, and each payload parsed once (jsonb): the checks cost a few microseconds an event.
-- CASE keeps the order: a payload is read as JSON only once it is known to be JSON.
CREATE OR REPLACE FUNCTION infusion.check_events() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, infusion
AS $$
DECLARE
    refused jsonb;
    first jsonb;
BEGIN
    WITH r AS (
        SELECT n.server_seq, n.id, n.site, n.type, n.actor, n.occurred_at, n.recorded_at,
               strpos(n.payload, '\\u0000') > 0 AS nul,
               infusion.json_object_or_null(n.payload) AS j
          FROM new_rows n
         WHERE n.type <> '{SET_ASIDE_TYPE}'
    ), adding AS (
        SELECT site, j ->> 'username' AS username FROM r
         WHERE type = 'user.added' AND jsonb_typeof(j -> 'username') = 'string'
    ), bad AS (
        SELECT DISTINCT ON (r.server_seq) r.server_seq, f.field, f.kinds
          FROM r JOIN infusion.event_fields f ON f.type = r.type
         WHERE r.j IS NOT NULL
           AND NOT coalesce(jsonb_typeof(r.j -> f.field) = ANY (f.kinds), false)
         ORDER BY r.server_seq, f.field
    ), problems AS (
        SELECT r.server_seq, CASE
            WHEN t.type IS NULL THEN jsonb_build_array(r.id, 'unknown_type', r.type)
            WHEN r.nul THEN jsonb_build_array(r.id, 'nul_in_payload')
            WHEN r.j IS NULL THEN jsonb_build_array(r.id, 'not_an_object')
            WHEN bad.field IS NOT NULL
                THEN jsonb_build_array(r.id, 'bad_field', bad.field, bad.kinds)
            WHEN NOT t.any_actor
                 AND NOT EXISTS (SELECT FROM infusion.site_user_names u
                                  WHERE u.site = r.site AND u.username = r.actor)
                 AND NOT EXISTS (SELECT FROM adding a
                                  WHERE a.site = r.site AND a.username = r.actor)
                THEN jsonb_build_array(r.id, 'unknown_actor', r.actor, r.site)
            WHEN r.type = 'site.initialized' AND (r.j ->> 'site_code') IS DISTINCT FROM r.site
                THEN jsonb_build_array(r.id, 'other_site', r.site)
            WHEN NOT coalesce(infusion.is_time(r.occurred_at), false)
                THEN jsonb_build_array(r.id, 'bad_time', 'occurred_at')
            WHEN NOT coalesce(infusion.is_time(r.recorded_at), false)
                THEN jsonb_build_array(r.id, 'bad_time', 'recorded_at')
            END AS problem
          FROM r
          LEFT JOIN infusion.event_types t ON t.type = r.type
          LEFT JOIN bad ON bad.server_seq = r.server_seq
    )
    SELECT jsonb_agg(problem ORDER BY server_seq) INTO refused
      FROM problems WHERE problem IS NOT NULL;
    IF refused IS NOT NULL THEN
        first := refused -> 0;
        RAISE EXCEPTION 'event % refused by the server: %', first ->> 0, CASE first ->> 1
            WHEN 'unknown_type' THEN format('the server does not know events of type %s',
                                            first ->> 2)
            WHEN 'nul_in_payload' THEN 'its payload holds a NUL character (\\u0000)'
            WHEN 'not_an_object' THEN 'its payload is not a JSON object'
            WHEN 'bad_field' THEN format('its payload field %s is missing or not %s',
                                         first ->> 2, first -> 3)
            WHEN 'unknown_actor' THEN format('%s is not a user of site %s',
                                             first ->> 2, first ->> 3)
            WHEN 'other_site' THEN format('it sets up another site than %s', first ->> 2)
            ELSE format('its %s is not a date and time', first ->> 2) END
            USING ERRCODE = '{REFUSED_STATE}', DETAIL = refused::text;
    END IF;
    INSERT INTO infusion.site_user_names (site, username)
    SELECT n.site, infusion.json_object_or_null(n.payload) ->> 'username' FROM new_rows n
     WHERE n.type = 'user.added'
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER events_check AFTER INSERT ON infusion.events
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION infusion.check_events();

-- The users of events already on the server (a server set up before these checks).
INSERT INTO infusion.site_user_names (site, username)
SELECT site, username FROM (
    SELECT site, infusion.json_object_or_null(payload) ->> 'username' AS username
      FROM infusion.events WHERE type = 'user.added') AS added
 WHERE username IS NOT NULL
ON CONFLICT DO NOTHING;

REVOKE ALL ON infusion.event_types, infusion.event_fields, infusion.site_user_names
    FROM PUBLIC;
REVOKE ALL ON FUNCTION infusion.check_events() FROM PUBLIC;
"""

# Refreshed by every ``server init``: types are added, never removed (a laptop of an older
# version may still push them); a known type's fields are those of the app running init.
UPSERT_TYPE = """
INSERT INTO infusion.event_types (type, any_actor) VALUES (%s, %s)
ON CONFLICT (type) DO UPDATE SET any_actor = excluded.any_actor
"""
FORGET_FIELDS = "DELETE FROM infusion.event_fields WHERE type = %s"
INSERT_FIELD = "INSERT INTO infusion.event_fields (type, field, kinds) VALUES (%s, %s, %s)"

assert "\x00" not in CHECKS_SQL + JSON_KIND_SQL, "a NUL would cut the SQL text short"
