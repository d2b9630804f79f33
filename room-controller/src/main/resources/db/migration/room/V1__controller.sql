-- The controller's own identity: one row, made at the first start.
CREATE TABLE controller_info (
    id          SMALLINT     NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT controller_info_single_row CHECK (id = 1)
);

INSERT INTO controller_info (id, created_at) VALUES (1, CURRENT_TIMESTAMP);
