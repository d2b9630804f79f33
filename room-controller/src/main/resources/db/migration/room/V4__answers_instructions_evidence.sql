-- Answers: the latest response per item; a save with a lower or equal sequence number changes nothing,
-- so resends and reordering are harmless.
CREATE TABLE answer (
    attempt_id  VARCHAR(140)   NOT NULL REFERENCES attempt (id),
    item_id     VARCHAR(200)   NOT NULL,
    seq         BIGINT         NOT NULL,
    response    VARCHAR(32000) NOT NULL,
    saved_at    BIGINT         NOT NULL,
    PRIMARY KEY (attempt_id, item_id)
);

-- Instructions for a terminal, delivered on heartbeat replies until the terminal acknowledges them.
CREATE TABLE instruction (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    terminal_id  VARCHAR(16)   NOT NULL,
    kind         VARCHAR(24)   NOT NULL,
    payload      VARCHAR(4000) NOT NULL,
    created_at   BIGINT        NOT NULL,
    acked_at     BIGINT
);
CREATE INDEX instruction_pending ON instruction (terminal_id, acked_at);

-- Files kept as evidence (identity photos, proctoring snapshots): the file in the data folder and its hash.
CREATE TABLE evidence (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attempt_id  VARCHAR(140)  NOT NULL REFERENCES attempt (id),
    kind        VARCHAR(32)   NOT NULL,
    at_ms       BIGINT        NOT NULL,
    path        VARCHAR(500)  NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    details     VARCHAR(4000) NOT NULL
);
CREATE INDEX evidence_attempt ON evidence (attempt_id, kind);

-- Help requests from terminals, open until a supervisor answers.
CREATE TABLE help_request (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attempt_id   VARCHAR(140),
    terminal_id  VARCHAR(16)  NOT NULL,
    at_ms        BIGINT       NOT NULL,
    closed_at    BIGINT,
    closed_by    VARCHAR(64)
);
