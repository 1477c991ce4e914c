"""A secret that never leaves this laptop: the key of the keyed hash of unknown user names.

A failed sign-in under a name that is no user's is recorded, but what was typed may be a
password typed into the wrong field. So the event names an HMAC-SHA-256 of the typed name,
keyed with this laptop's secret (``local_secret``, made at random when the file is created and
never synced or exported): the same typo shows as the same code, and nobody reading the log, on
this laptop or on the server, can read the name back.
"""

from __future__ import annotations

import hashlib
import hmac

from sqlite_utils import Database

UNKNOWN_PREFIX = "unknown:"

SCHEMA = """
CREATE TABLE local_secret (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    key BLOB NOT NULL
);
INSERT INTO local_secret (singleton, key) VALUES (1, randomblob(32));
"""


def name_code(db: Database, typed_name: str) -> str:
    """``unknown:<20 hex digits>``: the keyed hash of a name that is no user's."""
    key = bytes(db.execute("SELECT key FROM local_secret").fetchone()[0])
    digest = hmac.new(key, typed_name.encode("utf-8", "surrogatepass"), hashlib.sha256)
    return UNKNOWN_PREFIX + digest.hexdigest()[:20]
