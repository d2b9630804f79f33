-- Results of finished attempts: scaled points, pass or fail, and what they came from.
CREATE TABLE result (
    attempt_id    VARCHAR(140)  NOT NULL PRIMARY KEY REFERENCES attempt (id),
    status        VARCHAR(24)   NOT NULL,
    points        INT,
    passed        BOOLEAN,
    raw_total     VARCHAR(32),
    raw_max       VARCHAR(32),
    manual_items  INT           NOT NULL,
    graded_at     BIGINT        NOT NULL,
    items         VARCHAR(32000) NOT NULL
);
