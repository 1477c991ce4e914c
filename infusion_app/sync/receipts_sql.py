"""The server's receipts of each laptop's chain head, as SQL text (run by ``server init``).

At the end of a push the laptop calls ``infusion.issue_receipt()``: the server reads that
device's last event from its own table (the laptop names nothing), records it in
``infusion.receipts`` and returns it. The receipts table is append-only, and no device may
write it: a receipt is the server's word, recorded where the laptop cannot reach. The server
keeps every receipt it issued, so a laptop that pulls another laptop's events can check them
against what the server once acknowledged (``infusion.site_receipts``).
"""

from __future__ import annotations

from infusion_app.sync.server_sql import DEVICE_GROUP

RECEIPT_TIME = "to_char(r.issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"

RECEIPTS_SQL = f"""
CREATE TABLE IF NOT EXISTS infusion.receipts (
    receipt_no bigserial PRIMARY KEY,
    site text NOT NULL,
    device_id text NOT NULL,
    device_seq bigint NOT NULL,
    hash text NOT NULL,
    issued_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (device_id, device_seq)
);
CREATE INDEX IF NOT EXISTS receipts_site ON infusion.receipts (site, receipt_no);

CREATE OR REPLACE FUNCTION infusion.refuse_receipt_change() RETURNS trigger LANGUAGE plpgsql
AS $$ BEGIN
    RAISE EXCEPTION 'infusion.receipts is append-only: % refused', TG_OP USING ERRCODE = 'IC002';
END $$;
CREATE OR REPLACE TRIGGER receipts_no_change BEFORE UPDATE OR DELETE ON infusion.receipts
    FOR EACH ROW EXECUTE FUNCTION infusion.refuse_receipt_change();
CREATE OR REPLACE TRIGGER receipts_no_truncate BEFORE TRUNCATE ON infusion.receipts
    FOR EACH STATEMENT EXECUTE FUNCTION infusion.refuse_receipt_change();

-- The calling device's chain head as the server holds it, recorded and returned (no row when
-- the server holds none of its events). Asking twice at one head returns the first receipt.
CREATE OR REPLACE FUNCTION infusion.issue_receipt()
RETURNS TABLE (r_device text, r_seq bigint, r_hash text, r_issued_at text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, infusion
AS $$
DECLARE
    me text := infusion.my_device();
    here text := infusion.my_site();
    head_seq bigint;
    head_hash text;
BEGIN
    IF me IS NULL OR here IS NULL THEN
        RAISE EXCEPTION 'this role is not an enrolled laptop' USING ERRCODE = '42501';
    END IF;
    SELECT e.device_seq, e.hash INTO head_seq, head_hash FROM infusion.events e
     WHERE e.device_id = me ORDER BY e.device_seq DESC LIMIT 1;
    IF head_seq IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO infusion.receipts AS r (site, device_id, device_seq, hash)
    VALUES (here, me, head_seq, head_hash)
    ON CONFLICT ON CONSTRAINT receipts_device_id_device_seq_key DO NOTHING;
    RETURN QUERY SELECT r.device_id, r.device_seq, r.hash, {RECEIPT_TIME}
      FROM infusion.receipts r WHERE r.device_id = me AND r.device_seq = head_seq;
END $$;

-- The receipts issued to the caller's site after number ``after`` (at most ``page``), each
-- with the hash the server holds now at the event it vouches for (NULL: the event is gone).
CREATE OR REPLACE FUNCTION infusion.site_receipts(after bigint, page integer)
RETURNS TABLE (r_no bigint, r_device text, r_seq bigint, r_hash text, r_issued_at text,
               now_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, infusion
AS $$ SELECT r.receipt_no, r.device_id, r.device_seq, r.hash, {RECEIPT_TIME}, e.hash
        FROM infusion.receipts r
        LEFT JOIN infusion.events e
          ON e.device_id = r.device_id AND e.device_seq = r.device_seq
       WHERE r.site = infusion.my_site() AND r.receipt_no > after
       ORDER BY r.receipt_no LIMIT page $$;

REVOKE ALL ON infusion.receipts FROM PUBLIC;
REVOKE ALL ON FUNCTION infusion.issue_receipt(), infusion.site_receipts(bigint, integer),
    infusion.refuse_receipt_change() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION infusion.issue_receipt(), infusion.site_receipts(bigint, integer)
    TO {DEVICE_GROUP};
"""
