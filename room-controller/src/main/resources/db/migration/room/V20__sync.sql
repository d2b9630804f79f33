-- Sync to the central office. Chunks are packed (their body kept in <data>/sync/outbox/<no>.json),
-- then sent in order until the office acknowledges each; 0 in sent_at / acked_at means "not yet".
CREATE TABLE sync_state (
    id          SMALLINT  NOT NULL PRIMARY KEY,
    next_no     BIGINT    NOT NULL,
    last_hash   CHAR(64)  NOT NULL,
    audit_seq   BIGINT    NOT NULL,
    CONSTRAINT sync_state_single_row CHECK (id = 1)
);
INSERT INTO sync_state (id, next_no, last_hash, audit_seq)
    VALUES (1, 1, '0000000000000000000000000000000000000000000000000000000000000000', 0);

CREATE TABLE sync_chunk (
    chunk_no     BIGINT    NOT NULL PRIMARY KEY,
    hash         CHAR(64)  NOT NULL,
    attempts     INT       NOT NULL,
    audit_count  INT       NOT NULL,
    removals     INT       NOT NULL,
    created_at   BIGINT    NOT NULL,
    sent_at      BIGINT    NOT NULL,
    acked_at     BIGINT    NOT NULL
);

-- What each attempt looked like (a SHA-256 of its synced form) when it was last packed into a chunk.
CREATE TABLE sync_attempt (
    attempt_id  VARCHAR(140) NOT NULL PRIMARY KEY,
    digest      CHAR(64)     NOT NULL,
    packed_no   BIGINT       NOT NULL
);

-- Removal acts not yet acknowledged by the office, with when they happened, for the deadline warning.
CREATE TABLE sync_removal (
    attempt_id  VARCHAR(140) NOT NULL PRIMARY KEY,
    removed_at  BIGINT       NOT NULL,
    packed_no   BIGINT       NOT NULL
);
