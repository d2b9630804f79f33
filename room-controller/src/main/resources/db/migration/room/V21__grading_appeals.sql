-- Marking open answers by cipher (SPbGUPTD 4.21–4.24) and appeals (TPU 5.9).

-- How many graders mark each open answer (1 or 2), and how far apart two marks may be, in % of the item's maximum.
ALTER TABLE exam ADD COLUMN graders_per_work INT NOT NULL DEFAULT 1;
ALTER TABLE exam ADD COLUMN tolerance_percent INT NOT NULL DEFAULT 20;

-- The cipher of each work handed in, given when the exam is first graded; the only place that links a cipher to an
-- attempt. The link is shown once the work is decoded: then its result is final (published) and its marks are locked.
CREATE TABLE work_cipher (
    attempt_id   VARCHAR(140) NOT NULL PRIMARY KEY REFERENCES attempt (id),
    exam_id      VARCHAR(64)  NOT NULL REFERENCES exam (id),
    cipher       VARCHAR(16)  NOT NULL,
    assigned_at  BIGINT       NOT NULL,
    decoded_at   BIGINT,
    decoded_by   VARCHAR(64),
    CONSTRAINT work_cipher_unique UNIQUE (exam_id, cipher)
);

-- Graders' marks, by cipher only; mark_no keeps the order in which graders first marked the item.
CREATE TABLE grading_mark (
    exam_id      VARCHAR(64)  NOT NULL REFERENCES exam (id),
    cipher       VARCHAR(16)  NOT NULL,
    item_id      VARCHAR(200) NOT NULL,
    grader_id    VARCHAR(64)  NOT NULL,
    grader_name  VARCHAR(200) NOT NULL,
    mark_no      INT          NOT NULL,
    score        VARCHAR(32)  NOT NULL,
    marked_at    BIGINT       NOT NULL,
    PRIMARY KEY (exam_id, cipher, item_id, grader_id)
);

-- Appeals filed on behalf of an applicant, and the appeal commission's decision; -1 points when there were none or they did not change.
CREATE TABLE appeal (
    id            VARCHAR(16)   NOT NULL PRIMARY KEY,
    attempt_id    VARCHAR(140)  NOT NULL REFERENCES attempt (id),
    exam_id       VARCHAR(64)   NOT NULL REFERENCES exam (id),
    kind          VARCHAR(16)   NOT NULL,
    text          VARCHAR(8000) NOT NULL,
    filed_at      BIGINT        NOT NULL,
    filed_by      VARCHAR(64)   NOT NULL,
    deadline      BIGINT        NOT NULL,
    outcome       VARCHAR(16),
    reason        VARCHAR(4000),
    decided_at    BIGINT,
    decided_by    VARCHAR(64),
    points_before INT,
    points_after  INT
);
CREATE INDEX appeal_exam ON appeal (exam_id, filed_at);
