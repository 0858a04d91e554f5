-- Indexes and data for the events query (issue 4 benchmark). Both stores run this file.
-- IF NOT EXISTS: H2 commits each DDL statement alone, so a migration killed halfway must be able to run again.
-- Country codes are compared as stored (upper case), so that ledger_event_country_idx serves --country.
UPDATE ledger_event SET country = UPPER(country) WHERE country <> UPPER(country);
-- `events --contested` reads the contested events newest first: without this it read and sorted every event.
CREATE INDEX IF NOT EXISTS ledger_event_contested_idx ON ledger_event (contested, start_date);
-- Date-ordered reads that stop at the first page: start date then id, the query's order.
CREATE INDEX IF NOT EXISTS ledger_event_start_id_idx ON ledger_event (start_date, id);
