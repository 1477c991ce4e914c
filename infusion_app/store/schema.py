"""The read-model tables: derived from the event log, never edited by hand."""

READ_MODEL_SCHEMA = """
CREATE TABLE site (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    code TEXT NOT NULL,
    protocol_id TEXT NOT NULL,
    initialized_at TEXT NOT NULL,
    initialized_by TEXT NOT NULL
);
CREATE TABLE users (
    username TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    last_sign_in_at TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    deactivated_at TEXT,
    deactivated_by TEXT,
    deactivation_reason TEXT
);
CREATE TABLE participants (
    subject_code TEXT PRIMARY KEY,
    initials TEXT NOT NULL,
    year_of_birth INTEGER NOT NULL,
    arm TEXT NOT NULL,
    consent_date TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    subject_code TEXT NOT NULL REFERENCES participants (subject_code),
    number INTEGER NOT NULL,
    scheduled_for TEXT NOT NULL,
    state TEXT NOT NULL,
    outcome TEXT,
    end_reason TEXT,
    infusion_started_at TEXT,
    infusion_ended_at TEXT,
    signed_at TEXT,
    signed_by TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (subject_code, number)
);
CREATE INDEX sessions_scheduled_for ON sessions (scheduled_for);
CREATE TABLE signatures (
    event_id TEXT PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    username TEXT NOT NULL,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL,
    meaning TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    record_hash TEXT NOT NULL,
    superseded INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX signatures_record ON signatures (record_type, record_id);
CREATE TABLE corrections (
    event_id TEXT PRIMARY KEY,
    target_event_id TEXT NOT NULL,
    participant TEXT,
    session TEXT,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reason TEXT NOT NULL,
    reason_text TEXT NOT NULL,
    corrected_by TEXT NOT NULL,
    corrected_at TEXT NOT NULL
);
CREATE INDEX corrections_target ON corrections (target_event_id);
CREATE TABLE allocations (
    subject_code TEXT PRIMARY KEY,
    arm TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    event_id TEXT NOT NULL
);
CREATE TABLE products (
    id TEXT PRIMARY KEY,
    subject_code TEXT NOT NULL,
    arm TEXT NOT NULL,
    din TEXT NOT NULL,
    lot TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    total_viable_cells REAL NOT NULL,
    viability_pct REAL,
    volume_ml REAL NOT NULL,
    prepared_at TEXT NOT NULL,
    temperature_c REAL NOT NULL,
    weight_kg REAL NOT NULL,
    state TEXT NOT NULL,
    failed_checks TEXT NOT NULL,
    received_by TEXT NOT NULL,
    received_at TEXT NOT NULL,
    released_by TEXT,
    released_at TEXT,
    session TEXT,
    first_checked_by TEXT,
    verified_by TEXT,
    verified_at TEXT
);
CREATE INDEX products_subject ON products (subject_code);
CREATE TABLE drip_readings (
    event_id TEXT PRIMARY KEY,
    session TEXT NOT NULL,
    at TEXT NOT NULL,
    method TEXT NOT NULL,
    rate_gtt_min REAL NOT NULL,
    uncertainty_gtt_min REAL,
    band TEXT NOT NULL,
    acknowledgement TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX drip_readings_session ON drip_readings (session, at);
CREATE TABLE vitals (
    event_id TEXT PRIMARY KEY,
    session TEXT NOT NULL,
    measured_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    systolic_mmhg INTEGER NOT NULL,
    diastolic_mmhg INTEGER NOT NULL,
    heart_rate_bpm INTEGER NOT NULL,
    resp_rate_per_min INTEGER NOT NULL,
    temperature_c REAL NOT NULL,
    spo2_pct INTEGER NOT NULL,
    consciousness TEXT NOT NULL,
    on_oxygen INTEGER NOT NULL,
    news2_total INTEGER NOT NULL,
    news2_band TEXT NOT NULL,
    slot_key TEXT,
    late INTEGER NOT NULL,
    alerts TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX vitals_session ON vitals (session, measured_at);
CREATE TABLE adverse_events (
    id TEXT PRIMARY KEY,
    session TEXT NOT NULL,
    subject_code TEXT NOT NULL,
    term TEXT NOT NULL,
    term_name TEXT NOT NULL,
    grade INTEGER NOT NULL,
    serious INTEGER NOT NULL,
    onset_at TEXT NOT NULL,
    action TEXT NOT NULL,
    outcome TEXT NOT NULL,
    linked_vitals TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX adverse_events_session ON adverse_events (session);
CREATE TABLE check_answers (
    session TEXT NOT NULL,
    step TEXT NOT NULL,
    event_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    answered_by TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (session, step)
);
CREATE TABLE check_decisions (
    session TEXT NOT NULL,
    step TEXT NOT NULL,
    answer_event_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (session, step)
);
"""

# Migration 3: who ended a session's observation early, when (UTC) and why.
OBSERVATION_END_COLUMNS = """
ALTER TABLE sessions ADD COLUMN observation_ended_early_at TEXT;
ALTER TABLE sessions ADD COLUMN observation_ended_early_by TEXT;
ALTER TABLE sessions ADD COLUMN observation_end_reason TEXT;
"""

# Migration 6: a set partly taken leaves parameters out (NULL), with its reason; NEWS2 counts
# the parameters it scored (7 for a full set). SQLite cannot drop NOT NULL: the table is copied.
VITALS_PARTIAL = """
CREATE TABLE vitals_v5 (
    event_id TEXT PRIMARY KEY,
    session TEXT NOT NULL,
    measured_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    systolic_mmhg INTEGER,
    diastolic_mmhg INTEGER,
    heart_rate_bpm INTEGER,
    resp_rate_per_min INTEGER,
    temperature_c REAL,
    spo2_pct INTEGER,
    consciousness TEXT,
    on_oxygen INTEGER NOT NULL,
    news2_total INTEGER NOT NULL,
    news2_band TEXT NOT NULL,
    slot_key TEXT,
    late INTEGER NOT NULL,
    alerts TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    news2_parameters INTEGER NOT NULL DEFAULT 7,
    partial_reason TEXT,
    partial_reason_en TEXT,
    partial_reason_zh TEXT,
    partial_note TEXT
);
INSERT INTO vitals_v5 (event_id, session, measured_at, recorded_at, systolic_mmhg,
    diastolic_mmhg, heart_rate_bpm, resp_rate_per_min, temperature_c, spo2_pct, consciousness,
    on_oxygen, news2_total, news2_band, slot_key, late, alerts, recorded_by)
SELECT event_id, session, measured_at, recorded_at, systolic_mmhg, diastolic_mmhg,
    heart_rate_bpm, resp_rate_per_min, temperature_c, spo2_pct, consciousness, on_oxygen,
    news2_total, news2_band, slot_key, late, alerts, recorded_by FROM vitals;
DROP TABLE vitals;
ALTER TABLE vitals_v5 RENAME TO vitals;
CREATE INDEX vitals_session ON vitals (session, measured_at);
"""

READ_MODEL_TABLES = (
    "site",
    "users",
    "participants",
    "sessions",
    "signatures",
    "corrections",
    "check_answers",
    "check_decisions",
    "products",
    "drip_readings",
    "vitals",
    "adverse_events",
    "allocations",
)
