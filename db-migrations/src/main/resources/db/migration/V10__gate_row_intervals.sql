-- How sure each gate row is: the runner's 95 % interval of its value, in the row's unit, and whether it lies wholly
-- on one side of the budget ('certain') or straddles it ('inconclusive'). NULL for one pass per side.
ALTER TABLE gate_row
    ADD COLUMN ci_low      double precision,
    ADD COLUMN ci_high     double precision,
    ADD COLUMN ci_level    double precision,
    ADD COLUMN ci_rounds   integer,
    ADD COLUMN confidence  varchar(16) CHECK (confidence IN ('certain', 'inconclusive'));
