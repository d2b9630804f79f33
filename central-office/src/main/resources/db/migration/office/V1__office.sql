-- The central office's schema. The same file runs on Derby and PostgreSQL: only types and statements
-- both accept (VARCHAR, BIGINT, INT, BOOLEAN, plain keys and indexes). Instants are epoch milliseconds (UTC).

-- Sites (room controllers, group sites) allowed to send, each with its Ed25519 public key (Base64 X.509).
CREATE TABLE site (
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    public_key     VARCHAR(200)  NOT NULL,
    registered_at  BIGINT        NOT NULL,
    last_chunk_no  BIGINT        NOT NULL,
    last_hash      CHAR(64)      NOT NULL,
    audit_seq      BIGINT        NOT NULL,
    audit_hash     CHAR(64)      NOT NULL
);

-- Every accepted chunk: its number in the site's sequence and its hash, so an exact resend is recognised.
CREATE TABLE chunk (
    site_id      VARCHAR(64)  NOT NULL REFERENCES site (id),
    chunk_no     BIGINT       NOT NULL,
    hash         CHAR(64)     NOT NULL,
    received_at  BIGINT       NOT NULL,
    attempts     INT          NOT NULL,
    audit_count  INT          NOT NULL,
    PRIMARY KEY (site_id, chunk_no)
);

-- Chunks refused, with the reason; the body is kept as a file in <data>/refused for inspection.
CREATE TABLE refused_chunk (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    site_id      VARCHAR(64)   NOT NULL,
    chunk_no     BIGINT        NOT NULL,
    reason       VARCHAR(32)   NOT NULL,
    detail       VARCHAR(1000) NOT NULL,
    received_at  BIGINT        NOT NULL,
    file_name    VARCHAR(200)  NOT NULL
);
CREATE INDEX refused_chunk_site ON refused_chunk (site_id, received_at);

CREATE TABLE exam (
    site_id          VARCHAR(64)   NOT NULL REFERENCES site (id),
    id               VARCHAR(64)   NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    programme        VARCHAR(300)  NOT NULL,
    stream_no        INT           NOT NULL,
    scheduled_start  BIGINT        NOT NULL,
    pass_mark        INT           NOT NULL,
    max_score        INT           NOT NULL,
    PRIMARY KEY (site_id, id)
);

-- The latest state of each attempt a site sent; a later chunk replaces it with a newer one.
CREATE TABLE attempt (
    site_id          VARCHAR(64)   NOT NULL REFERENCES site (id),
    id               VARCHAR(140)  NOT NULL,
    exam_id          VARCHAR(64)   NOT NULL,
    applicant_id     VARCHAR(64)   NOT NULL,
    surname          VARCHAR(100)  NOT NULL,
    given_name       VARCHAR(100)  NOT NULL,
    patronymic       VARCHAR(100)  NOT NULL,
    document_key     VARCHAR(64)   NOT NULL,
    state            VARCHAR(24)   NOT NULL,
    room_id          VARCHAR(64)   NOT NULL,
    seat_label       VARCHAR(32)   NOT NULL,
    variant_id       VARCHAR(64)   NOT NULL,
    version          BIGINT        NOT NULL,
    score            INT,
    PRIMARY KEY (site_id, id)
);
CREATE INDEX attempt_exam ON attempt (exam_id, site_id);
CREATE INDEX attempt_applicant ON attempt (applicant_id);

CREATE TABLE attempt_event (
    site_id     VARCHAR(64)   NOT NULL,
    attempt_id  VARCHAR(140)  NOT NULL,
    seq         INT           NOT NULL,
    at_ms       BIGINT        NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    event_type  VARCHAR(32)   NOT NULL,
    data        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (site_id, attempt_id, seq)
);

CREATE TABLE answer (
    site_id     VARCHAR(64)    NOT NULL,
    attempt_id  VARCHAR(140)   NOT NULL,
    item_id     VARCHAR(200)   NOT NULL,
    seq         BIGINT         NOT NULL,
    response    VARCHAR(32000) NOT NULL,
    saved_at    BIGINT         NOT NULL,
    PRIMARY KEY (site_id, attempt_id, item_id)
);

-- Evidence metadata; small snapshots are kept as files in <data>/evidence/<site>/<sha256>.
CREATE TABLE evidence (
    site_id     VARCHAR(64)   NOT NULL,
    attempt_id  VARCHAR(140)  NOT NULL,
    room_no     BIGINT        NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    at_ms       BIGINT        NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    details     VARCHAR(4000) NOT NULL,
    stored      BOOLEAN       NOT NULL,
    PRIMARY KEY (site_id, attempt_id, room_no)
);

-- Each site's audit trail, continued chunk by chunk only where the hash chain holds.
CREATE TABLE audit_entry (
    site_id    VARCHAR(64)   NOT NULL REFERENCES site (id),
    seq        BIGINT        NOT NULL,
    at_ms      BIGINT        NOT NULL,
    actor      VARCHAR(100)  NOT NULL,
    origin     VARCHAR(100)  NOT NULL,
    action     VARCHAR(64)   NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    details    VARCHAR(4000) NOT NULL,
    prev_hash  CHAR(64)      NOT NULL,
    hash       CHAR(64)      NOT NULL,
    PRIMARY KEY (site_id, seq)
);
