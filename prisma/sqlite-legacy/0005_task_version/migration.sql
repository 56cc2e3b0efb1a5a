-- Optimistic concurrency on tasks (ETag / If-Match). SQLite adds a NOT NULL column with a default in place,
-- so existing rows start at version 1 without redefining the table (which `migrate diff` would do).
ALTER TABLE "Task" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
