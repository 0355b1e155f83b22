/**
 * The embedded H2 store: schema by Flyway migrations, portable SQL through prepared statements, one transaction
 * per article. Implements {@link parley.domain.EventStore}; nothing outside this package sees SQL.
 */
package parley.store;
