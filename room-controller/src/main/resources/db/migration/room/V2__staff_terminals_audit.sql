-- Instants are stored as BIGINT epoch milliseconds (UTC), so no time zone of the server can shift them.
-- Staff accounts: roles as a comma-separated list of StaffRole names; passwords as Argon2id PHC strings.
CREATE TABLE staff (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    login         VARCHAR(64)  NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    BIGINT       NOT NULL
);

-- Signed-in staff: only the SHA-256 of each bearer token is kept.
CREATE TABLE staff_session (
    token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    staff_id    VARCHAR(64) NOT NULL REFERENCES staff (id),
    created_at BIGINT   NOT NULL,
    expires_at BIGINT   NOT NULL
);

-- One-time pairing codes shown on the console, optionally for a given seat.
CREATE TABLE pairing_code (
    code         CHAR(6)     NOT NULL PRIMARY KEY,
    room_id      VARCHAR(64),
    seat_label   VARCHAR(32),
    created_by   VARCHAR(64) NOT NULL,
    created_at BIGINT   NOT NULL,
    expires_at BIGINT   NOT NULL,
    used_by      VARCHAR(16),
    used_at BIGINT
);

-- Paired terminals: the SHA-256 of each terminal's credential; a revoked terminal must pair again.
CREATE TABLE terminal (
    id               VARCHAR(16) NOT NULL PRIMARY KEY,
    credential_hash  CHAR(64)    NOT NULL UNIQUE,
    room_id          VARCHAR(64),
    seat_label       VARCHAR(32),
    paired_at BIGINT   NOT NULL,
    revoked_at BIGINT
);

-- The append-only audit trail: each entry's hash covers the previous entry's hash, so any edit,
-- insertion or deletion breaks the chain from that point on.
CREATE TABLE audit_log (
    seq        BIGINT        NOT NULL PRIMARY KEY,
    at_ms      BIGINT        NOT NULL,
    actor      VARCHAR(100)  NOT NULL,
    origin     VARCHAR(100)  NOT NULL,
    action     VARCHAR(64)   NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    details    VARCHAR(4000) NOT NULL,
    prev_hash  CHAR(64)      NOT NULL,
    hash       CHAR(64)      NOT NULL
);
