-- Schema version 3: surveys, with published tallies and individual responses.

CREATE TABLE surveys (
    id          INTEGER PRIMARY KEY,
    survey_key  TEXT NOT NULL UNIQUE,
    year        INTEGER,
    title_zh    TEXT NOT NULL,
    title_ja    TEXT NOT NULL,
    title_ko    TEXT NOT NULL,
    title_en    TEXT NOT NULL,
    source_id   INTEGER REFERENCES sources(id),
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE survey_questions (
    id           INTEGER PRIMARY KEY,
    survey_id    INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    question_key TEXT NOT NULL,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('single', 'multiple')),
    text_zh      TEXT NOT NULL,
    text_ja      TEXT NOT NULL,
    text_ko      TEXT NOT NULL,
    text_en      TEXT NOT NULL,
    figures      TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (survey_id, question_key)
);

CREATE TABLE survey_options (
    id          INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES survey_questions(id) ON DELETE CASCADE,
    option_key  TEXT NOT NULL,
    position    INTEGER NOT NULL,
    label_zh    TEXT NOT NULL,
    label_ja    TEXT NOT NULL,
    label_ko    TEXT NOT NULL,
    label_en    TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (question_id, option_key)
);

-- A group of respondents, as a report breaks its results down ("Chinese cities, about
-- China-Japan pairs"). respondents is the n the report states, NULL when it states none.
CREATE TABLE survey_groups (
    id          INTEGER PRIMARY KEY,
    survey_id   INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    group_key   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    respondents INTEGER CHECK (respondents >= 0),
    label_zh    TEXT NOT NULL,
    label_ja    TEXT NOT NULL,
    label_ko    TEXT NOT NULL,
    label_en    TEXT NOT NULL,
    source_id   INTEGER REFERENCES sources(id),
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (survey_id, group_key)
);

-- Counts as a publication prints them. count NULL = not stated (distinct from 0).
CREATE TABLE survey_tallies (
    group_id    INTEGER NOT NULL REFERENCES survey_groups(id) ON DELETE CASCADE,
    option_id   INTEGER NOT NULL REFERENCES survey_options(id) ON DELETE CASCADE,
    count       INTEGER CHECK (count >= 0),
    percent     REAL,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    location    TEXT,
    note        TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (group_id, option_id)
);

-- Questionnaires that staff enter themselves: one respondent city, its pairing, its answers.
CREATE TABLE survey_responses (
    id          INTEGER PRIMARY KEY,
    survey_id   INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    group_id    INTEGER NOT NULL REFERENCES survey_groups(id),
    city_id     INTEGER NOT NULL REFERENCES cities(id),
    pairing_id  INTEGER REFERENCES pairings(id),
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX survey_responses_group ON survey_responses(group_id);

CREATE TABLE survey_answers (
    response_id INTEGER NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
    option_id   INTEGER NOT NULL REFERENCES survey_options(id),
    PRIMARY KEY (response_id, option_id)
);
