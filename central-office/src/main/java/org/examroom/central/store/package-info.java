/**
 * The office's database: embedded Derby or PostgreSQL, one schema migrated by Flyway from the same files.
 */
package org.examroom.central.store;
