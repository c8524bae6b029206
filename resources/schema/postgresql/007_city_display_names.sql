-- Schema version 7 on PostgreSQL: the twin of sqlite/007_city_display_names.sql. Each city's
-- display name in each language, stored, and the countries a write touched, recorded by
-- triggers whoever writes; a connection that may write computes those countries again before it
-- reads the names (CityDisplayName::refresh), and one that may not (a reader's role) computes
-- the names in its statements, as before this version, while any country is outstanding.
CREATE TABLE city_display_zh (id BIGINT PRIMARY KEY, country TEXT NOT NULL,
                              name TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE city_display_ja (id BIGINT PRIMARY KEY, country TEXT NOT NULL,
                              name TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE city_display_ko (id BIGINT PRIMARY KEY, country TEXT NOT NULL,
                              name TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE city_display_en (id BIGINT PRIMARY KEY, country TEXT NOT NULL,
                              name TEXT NOT NULL, source TEXT NOT NULL);
CREATE INDEX city_display_zh_country ON city_display_zh(country);
CREATE INDEX city_display_ja_country ON city_display_ja(country);
CREATE INDEX city_display_ko_country ON city_display_ko(country);
CREATE INDEX city_display_en_country ON city_display_en(country);

CREATE TABLE city_display_stale (language TEXT NOT NULL, country TEXT NOT NULL,
                                 PRIMARY KEY (language, country));
INSERT INTO city_display_stale(language, country)
    SELECT l.column1, c.country FROM (VALUES ('zh'), ('ja'), ('ko'), ('en')) l,
        (SELECT DISTINCT country FROM cities) c;

CREATE INDEX cities_parent ON cities(parent_id);

-- Only a change of what a name is made of counts: a save that rewrites a row as it was leaves
-- the names as they are.
CREATE FUNCTION sc_cities_display_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND ROW(OLD.country, OLD.division, OLD.parent_id, OLD.level,
            OLD.name_native, OLD.name_zh, OLD.name_ja, OLD.name_ko, OLD.name_en)
            IS NOT DISTINCT FROM ROW(NEW.country, NEW.division, NEW.parent_id, NEW.level,
            NEW.name_native, NEW.name_zh, NEW.name_ja, NEW.name_ko, NEW.name_en) THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO city_display_stale(language, country)
            VALUES ('zh', OLD.country), ('ja', OLD.country), ('ko', OLD.country),
                   ('en', OLD.country)
            ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO city_display_stale(language, country)
            VALUES ('zh', NEW.country), ('ja', NEW.country), ('ko', NEW.country),
                   ('en', NEW.country)
            ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO city_display_stale(language, country)
            SELECT l.column1, c.country FROM (VALUES ('zh'), ('ja'), ('ko'), ('en')) l,
                (SELECT DISTINCT country FROM cities WHERE parent_id = NEW.id) c
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER cities_display_stale
    AFTER INSERT OR DELETE OR UPDATE OF country, division, parent_id, level, name_native,
    name_zh, name_ja, name_ko, name_en ON cities
    FOR EACH ROW EXECUTE FUNCTION sc_cities_display_stale();

CREATE FUNCTION sc_divisions_display_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF ROW(OLD.code, OLD.name_zh, OLD.name_ja, OLD.name_ko, OLD.name_en)
            IS DISTINCT FROM ROW(NEW.code, NEW.name_zh, NEW.name_ja, NEW.name_ko, NEW.name_en) THEN
        INSERT INTO city_display_stale(language, country)
            SELECT l.column1, c.country FROM (VALUES ('zh'), ('ja'), ('ko'), ('en')) l,
                (SELECT DISTINCT country FROM cities WHERE division IN (OLD.code, NEW.code)) c
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER divisions_display_stale
    AFTER UPDATE OF code, name_zh, name_ja, name_ko, name_en ON divisions
    FOR EACH ROW EXECUTE FUNCTION sc_divisions_display_stale();
