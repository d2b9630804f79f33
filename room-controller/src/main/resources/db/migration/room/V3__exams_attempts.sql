-- Exams, applicants, rooms and attempts. Instants are BIGINT epoch milliseconds (UTC).

CREATE TABLE exam (
    id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    subject          VARCHAR(200)  NOT NULL,
    programme        VARCHAR(300)  NOT NULL,
    delivery         VARCHAR(16)   NOT NULL,
    stream_no        INT           NOT NULL,
    scheduled_start  BIGINT        NOT NULL,
    duration_min     INT           NOT NULL,
    pass_mark        INT           NOT NULL,
    max_score        INT           NOT NULL,
    aids             VARCHAR(200)  NOT NULL,
    policy           VARCHAR(32)   NOT NULL,
    variants         VARCHAR(1000) NOT NULL
);

CREATE TABLE applicant (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    surname          VARCHAR(100) NOT NULL,
    given_name       VARCHAR(100) NOT NULL,
    patronymic       VARCHAR(100),
    document_kind    VARCHAR(32)  NOT NULL,
    document_number  VARCHAR(64)  NOT NULL,
    document_key     VARCHAR(64)  NOT NULL,
    extra_minutes    INT          NOT NULL,
    large_print      BOOLEAN      NOT NULL,
    separate_room    BOOLEAN      NOT NULL,
    assistant        BOOLEAN      NOT NULL
);
CREATE INDEX applicant_document ON applicant (document_key);
CREATE INDEX applicant_surname ON applicant (surname);

CREATE TABLE room (
    id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    separate  BOOLEAN      NOT NULL
);

CREATE TABLE seat (
    room_id   VARCHAR(64) NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    label     VARCHAR(32) NOT NULL,
    row_no    INT         NOT NULL,
    col_no    INT         NOT NULL,
    PRIMARY KEY (room_id, label)
);

-- One attempt per registration (applicant × exam); its state is the last event's, kept here for queries.
CREATE TABLE attempt (
    id            VARCHAR(140) NOT NULL PRIMARY KEY,
    applicant_id  VARCHAR(64)  NOT NULL REFERENCES applicant (id),
    exam_id       VARCHAR(64)  NOT NULL REFERENCES exam (id),
    state         VARCHAR(24)  NOT NULL,
    room_id       VARCHAR(64),
    seat_label    VARCHAR(32),
    variant_id    VARCHAR(64),
    terminal_id   VARCHAR(16),
    version       BIGINT       NOT NULL,
    CONSTRAINT attempt_registration UNIQUE (applicant_id, exam_id)
);
CREATE INDEX attempt_terminal ON attempt (terminal_id);

-- The attempt's history, event by event: the state machine's input, replayed to rebuild the attempt.
CREATE TABLE attempt_event (
    attempt_id  VARCHAR(140)  NOT NULL REFERENCES attempt (id),
    seq         INT           NOT NULL,
    at_ms       BIGINT        NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    event_type  VARCHAR(32)   NOT NULL,
    data        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (attempt_id, seq)
);

-- Access keys by their SHA-256; a key is used once, and a re-issue revokes the previous one.
CREATE TABLE access_key (
    key_hash    CHAR(64)     NOT NULL PRIMARY KEY,
    key_number  VARCHAR(32)  NOT NULL UNIQUE,
    attempt_id  VARCHAR(140) NOT NULL REFERENCES attempt (id),
    issued_at   BIGINT       NOT NULL,
    issued_by   VARCHAR(64)  NOT NULL,
    revoked_at  BIGINT,
    used_at     BIGINT,
    used_by     VARCHAR(16)
);

-- Wrong keys typed, per terminal and room, for throttling and for telling the supervisor.
CREATE TABLE key_failure (
    terminal_id  VARCHAR(16) NOT NULL,
    room_id      VARCHAR(64),
    at_ms        BIGINT      NOT NULL
);
CREATE INDEX key_failure_terminal ON key_failure (terminal_id, at_ms);
