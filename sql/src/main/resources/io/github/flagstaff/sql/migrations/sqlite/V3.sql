-- service list reads the live rows in binary and host order: an index that serves that order.
CREATE INDEX services_live_by_binary_and_host ON services ("binary", host) WHERE deleted = 0;
