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

# PostgreSQL 16 can say whether text is JSON without a subtransaction per row; older ones try.
JSON_KIND_SQL = """
DO $do$ BEGIN
IF current_setting('server_version_num')::int >= 160000 THEN
    EXECUTE $f$CREATE OR REPLACE FUNCTION infusion.json_kind(t text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT CASE WHEN t IS JSON THEN json_typeof(t::json) END $$$f$;
ELSE
    EXECUTE $f$CREATE OR REPLACE FUNCTION infusion.json_kind(t text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
        AS $$ BEGIN RETURN json_typeof(t::json); EXCEPTION WHEN others THEN RETURN NULL; END $$$f$;
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
-- A user name as JSON text ("dr.wang" with its quotes), as the user.added payload holds it:
-- compared as written, never decoded (a decoded \\u0000 would abort the statement).
CREATE TABLE IF NOT EXISTS infusion.site_users (
    site text NOT NULL,
    username_json text NOT NULL,
    PRIMARY KEY (site, username_json)
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
-- CASE keeps the order: a payload is read as JSON only once it is known to be JSON.
CREATE OR REPLACE FUNCTION infusion.check_events() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, infusion
AS $$
DECLARE
    refused jsonb;
    first jsonb;
BEGIN
    WITH adding AS (
        SELECT r.site, (r.payload::json -> 'username')::text AS username_json
          FROM new_rows r
         WHERE r.type = 'user.added'
           AND CASE WHEN infusion.json_kind(r.payload) = 'object'
                    THEN json_typeof(r.payload::json -> 'username') = 'string' ELSE false END
    ), problems AS (
        SELECT r.server_seq, CASE
            WHEN r.type = '{SET_ASIDE_TYPE}' THEN NULL
            WHEN t.type IS NULL THEN jsonb_build_array(r.id, 'unknown_type', r.type)
            WHEN infusion.json_kind(r.payload) IS DISTINCT FROM 'object'
                THEN jsonb_build_array(r.id, 'not_an_object')
            WHEN bad.field IS NOT NULL
                THEN jsonb_build_array(r.id, 'bad_field', bad.field, bad.kinds)
            WHEN NOT t.any_actor
                 AND NOT EXISTS (SELECT FROM infusion.site_users u
                                  WHERE u.site = r.site
                                    AND u.username_json = to_json(r.actor)::text)
                 AND NOT EXISTS (SELECT FROM adding a
                                  WHERE a.site = r.site
                                    AND a.username_json = to_json(r.actor)::text)
                THEN jsonb_build_array(r.id, 'unknown_actor', r.actor, r.site)
            WHEN r.type = 'site.initialized'
                 AND (r.payload::json -> 'site_code')::text IS DISTINCT FROM to_json(r.site)::text
                THEN jsonb_build_array(r.id, 'other_site', r.site)
            WHEN r.occurred_at !~ '{TIME_PATTERN}'
                THEN jsonb_build_array(r.id, 'bad_time', 'occurred_at')
            WHEN r.recorded_at !~ '{TIME_PATTERN}'
                THEN jsonb_build_array(r.id, 'bad_time', 'recorded_at')
            END AS problem
          FROM new_rows r
          LEFT JOIN infusion.event_types t ON t.type = r.type
          LEFT JOIN LATERAL (
              SELECT f.field, f.kinds FROM infusion.event_fields f
               WHERE f.type = r.type
                 AND CASE WHEN infusion.json_kind(r.payload) = 'object'
                          THEN coalesce(json_typeof(r.payload::json -> f.field) <> ALL (f.kinds),
                                        true)
                          ELSE false END
               ORDER BY f.field LIMIT 1) bad ON true
    )
    SELECT jsonb_agg(problem ORDER BY server_seq) INTO refused
      FROM problems WHERE problem IS NOT NULL;
    IF refused IS NOT NULL THEN
        first := refused -> 0;
        RAISE EXCEPTION 'event % refused by the server: %', first ->> 0, CASE first ->> 1
            WHEN 'unknown_type' THEN format('the server does not know events of type %s',
                                            first ->> 2)
            WHEN 'not_an_object' THEN 'its payload is not a JSON object'
            WHEN 'bad_field' THEN format('its payload field %s is missing or not %s',
                                         first ->> 2, first -> 3)
            WHEN 'unknown_actor' THEN format('%s is not a user of site %s',
                                             first ->> 2, first ->> 3)
            WHEN 'other_site' THEN format('it sets up another site than %s', first ->> 2)
            ELSE format('its %s is not a date and time', first ->> 2) END
            USING ERRCODE = '{REFUSED_STATE}', DETAIL = refused::text;
    END IF;
    INSERT INTO infusion.site_users (site, username_json)
    SELECT r.site, (r.payload::json -> 'username')::text FROM new_rows r
     WHERE r.type = 'user.added'
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER events_check AFTER INSERT ON infusion.events
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION infusion.check_events();

-- The users of events already on the server (a server set up before these checks).
INSERT INTO infusion.site_users (site, username_json)
SELECT site, (payload::json -> 'username')::text FROM infusion.events
 WHERE type = 'user.added'
   AND CASE WHEN infusion.json_kind(payload) = 'object'
            THEN json_typeof(payload::json -> 'username') = 'string' ELSE false END
ON CONFLICT DO NOTHING;

REVOKE ALL ON infusion.event_types, infusion.event_fields, infusion.site_users FROM PUBLIC;
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
