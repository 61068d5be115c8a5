-- Stands in for catalog-core's migrations: proves that every test database starts migrated.
CREATE TABLE probe (id integer PRIMARY KEY, note text NOT NULL);
