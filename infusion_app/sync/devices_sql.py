"""Shutting a lost laptop out of the server, as SQL text (run by ``server init``).

``server revoke`` stamps the device's row (``revoked_at``, ``revoked_reason``): from then on
``my_site()`` and ``my_device()`` are NULL for its role, so row-level security lets it read and
write nothing, while what it pushed stays. Its role can still sign in, only to ask
``infusion.begin_sync()`` why it is refused; the site's other laptops learn of it from
``infusion.site_revocations()``.
"""

from __future__ import annotations

from infusion_app.sync.server_sql import DEVICE_GROUP

UTC_TEXT = '\'YYYY-MM-DD"T"HH24:MI:SS.US"Z"\''

DEVICES_SQL = f"""
-- At the start of every sync: the caller's revocation (no row when it may sync), and the
-- time of the sync noted for ``server devices``.
CREATE OR REPLACE FUNCTION infusion.begin_sync()
RETURNS TABLE (r_revoked_at text, r_reason text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, infusion
AS $$
BEGIN
    UPDATE infusion.devices d SET last_sync_at = now()
     WHERE d.role_name = session_user AND d.revoked_at IS NULL;
    RETURN QUERY SELECT to_char(d.revoked_at AT TIME ZONE 'UTC', {UTC_TEXT}), d.revoked_reason
      FROM infusion.devices d
     WHERE d.role_name = session_user AND d.revoked_at IS NOT NULL;
END $$;

-- The revoked laptops of the caller's site (a revoked caller has no site: nothing).
CREATE OR REPLACE FUNCTION infusion.site_revocations()
RETURNS TABLE (r_device text, r_revoked_at text, r_reason text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, infusion
AS $$ SELECT d.device_id, to_char(d.revoked_at AT TIME ZONE 'UTC', {UTC_TEXT}), d.revoked_reason
        FROM infusion.devices d
       WHERE d.site = infusion.my_site() AND d.revoked_at IS NOT NULL
       ORDER BY d.revoked_at, d.device_id $$;

REVOKE ALL ON FUNCTION infusion.begin_sync(), infusion.site_revocations() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION infusion.begin_sync(), infusion.site_revocations() TO {DEVICE_GROUP};
"""
