-- The victims as the claim names them ("two Iraqi National Guard officers" name the Iraqi National Guard), beside
-- `victims`, the side they are grouped under (here, the U.S. forces the extraction sides them with). Notes quote a
-- claimant's own victims, never the side's name. Claims stored before this are shown by their side.
ALTER TABLE claim ADD COLUMN IF NOT EXISTS victims_named VARCHAR(500);
