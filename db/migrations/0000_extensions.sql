-- Trigram similarity powers typo-tolerant search on the Postgres engine (lib/search).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
