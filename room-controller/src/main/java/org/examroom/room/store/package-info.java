/**
 * The controller's embedded Derby database: opened in the data folder, migrated by Flyway, shut down cleanly.
 */
package org.examroom.room.store;
