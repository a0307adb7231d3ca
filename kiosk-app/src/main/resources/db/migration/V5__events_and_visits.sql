-- Events and their registrations. In local mode these tables are the truth; with a central catalog
-- they cache its listing and hold this kiosk's sign-ups (PENDING ones until the catalog answers).
CREATE TABLE library_event (
    id              VARCHAR(64)   PRIMARY KEY,
    title_id        VARCHAR(200)  NOT NULL,
    title_en        VARCHAR(200)  NOT NULL,
    description_id  VARCHAR(2000) NOT NULL,
    description_en  VARCHAR(2000) NOT NULL,
    category        VARCHAR(32)   NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    room            VARCHAR(100)  NOT NULL,
    audience        VARCHAR(16)   NOT NULL,
    min_age         INT           DEFAULT 0 NOT NULL,
    max_age         INT           DEFAULT 0 NOT NULL,
    capacity        INT           NOT NULL,
    seats_left      INT           NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX library_event_start ON library_event (starts_at);

CREATE TABLE event_registration (
    id              UUID          PRIMARY KEY,
    seq             BIGINT        AUTO_INCREMENT NOT NULL UNIQUE,   -- sign-up order, the waitlist order
    event_id        VARCHAR(64)   NOT NULL,
    member_id       VARCHAR(64),                                    -- a member, or else a guest:
    guest_name      VARCHAR(100),
    guest_phone     VARCHAR(20),                                    -- +62 form
    party_size      INT           NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    waitlist_pos    INT           DEFAULT 0 NOT NULL,
    note            VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_registration_event ON event_registration (event_id, seq);
CREATE INDEX event_registration_member ON event_registration (member_id);

-- School-visit slots and bookings; one school group per slot.
CREATE TABLE visit_slot (
    id              VARCHAR(64)   PRIMARY KEY,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    room            VARCHAR(100)  NOT NULL,
    capacity        INT           NOT NULL,
    taken_elsewhere BOOLEAN       DEFAULT FALSE NOT NULL,           -- the central catalog says booked
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX visit_slot_start ON visit_slot (starts_at);

CREATE TABLE visit_booking (
    id              UUID          PRIMARY KEY,
    seq             BIGINT        AUTO_INCREMENT NOT NULL UNIQUE,
    code            VARCHAR(16)   NOT NULL UNIQUE,
    first_code      VARCHAR(16)   NOT NULL UNIQUE,                 -- the code shown when it was taken
    slot_id         VARCHAR(64)   NOT NULL,
    school_name     VARCHAR(100)  NOT NULL,
    npsn            CHAR(8)       NOT NULL,
    teacher_name    VARCHAR(60)   NOT NULL,
    phone           VARCHAR(20)   NOT NULL,
    email           VARCHAR(200),
    students        INT           NOT NULL,
    grade           VARCHAR(16)   NOT NULL,
    notes           VARCHAR(500),
    status          VARCHAR(16)   NOT NULL,
    offered_slots   VARCHAR(2000),                                  -- slot ids, comma-separated
    note            VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX visit_booking_slot ON visit_booking (slot_id, status);
