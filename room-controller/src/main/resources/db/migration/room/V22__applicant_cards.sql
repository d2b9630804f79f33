-- Cards registered to applicants: a card tapped at the terminal stands for the applicant's issued access key.
-- The card id itself is never stored: card_hash is HMAC-SHA256 of the normalised id under the room's card secret
-- (<data>/cards/card-hmac.key), so a copy of the database alone cannot be searched for the cards' serial numbers.
-- A replaced or voided card keeps its row with voided_at; live_hash and live_applicant hold the hash and the
-- applicant only while the card is in use (NULL once void), so one card has one holder and one applicant one card.
CREATE TABLE applicant_card (
    id              BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    applicant_id    VARCHAR(64)  NOT NULL REFERENCES applicant (id),
    card_hash       CHAR(64)     NOT NULL,
    live_hash       CHAR(64)     UNIQUE,
    live_applicant  VARCHAR(64)  UNIQUE,
    registered_at   BIGINT       NOT NULL,
    registered_by   VARCHAR(64)  NOT NULL,
    voided_at       BIGINT,
    voided_by       VARCHAR(64)
);
