/**
 * The exam's sealed packages on the controller: verified against the central office's key when they
 * arrive, opened with the unseal key at the start, and served to terminals without answers.
 */
package org.examroom.room.content;
