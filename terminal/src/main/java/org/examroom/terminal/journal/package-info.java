/**
 * The terminal's append-only answer journal: every answer is on disk before the screen moves on, and stays there until
 * the controller has acknowledged it.
 */
package org.examroom.terminal.journal;
