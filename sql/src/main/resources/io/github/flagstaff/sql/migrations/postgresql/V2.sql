-- Why an operator disabled a service, and liveness that only heartbeats write (Nova bug 1420848).
ALTER TABLE services ADD COLUMN disabled_reason VARCHAR(255);
ALTER TABLE services ADD COLUMN last_seen_up TIMESTAMPTZ;
