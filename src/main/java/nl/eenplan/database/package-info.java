/**
 * What EenPlan's code needs to know about the database it runs on, in one place: whether it is PostgreSQL (where
 * {@code skip locked}, COPY and index options differ from H2), and how a table's ids move from an identity column to a
 * sequence in blocks (so Hibernate can batch its inserts). Used by migrations and by the few components that write
 * dialect-specific SQL.
 */
package nl.eenplan.database;
