-- Nova's first services table.
CREATE TABLE services (
  id BIGSERIAL PRIMARY KEY,
  host VARCHAR(255) NOT NULL,
  "binary" VARCHAR(255) NOT NULL,
  topic VARCHAR(255) NOT NULL,
  report_count BIGINT NOT NULL DEFAULT 0,
  disabled BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ,
  deleted BIGINT NOT NULL DEFAULT 0,
  UNIQUE (host, "binary", deleted)
);
CREATE INDEX services_topic ON services (topic);
