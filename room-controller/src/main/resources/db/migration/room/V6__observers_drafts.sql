-- Everyone who entered the room besides applicants and staff on duty: observers, by role (TPU 4.3; SPbGUPTD 4.8).
CREATE TABLE observer_entry (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room_id       VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(300) NOT NULL,
    role          VARCHAR(100) NOT NULL,
    organisation  VARCHAR(300) NOT NULL,
    entered_at    BIGINT       NOT NULL,
    left_at       BIGINT,
    recorded_by   VARCHAR(64)  NOT NULL
);

-- Extra draft sheets issued to an applicant on request, each issue recorded (SPbGUPTD 4.11.7).
CREATE TABLE draft_sheet (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attempt_id  VARCHAR(140) NOT NULL REFERENCES attempt (id),
    sheets      INT          NOT NULL,
    issued_at   BIGINT       NOT NULL,
    issued_by   VARCHAR(64)  NOT NULL
);
