-- Nova's first services table.
CREATE TABLE services (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  host VARCHAR(255) NOT NULL,
  "binary" VARCHAR(255) NOT NULL,
  topic VARCHAR(255) NOT NULL,
  report_count INTEGER NOT NULL DEFAULT 0,
  disabled BOOLEAN NOT NULL DEFAULT FALSE,
  created_at VARCHAR(32) NOT NULL,
  updated_at VARCHAR(32),
  deleted INTEGER NOT NULL DEFAULT 0,
  UNIQUE (host, "binary", deleted)
);
CREATE INDEX services_topic ON services (topic);
