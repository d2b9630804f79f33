/**
 * The append-only, hash-chained audit trail of every action: who, what, when, from where.
 */
package org.examroom.room.audit;
