/**
 * The {@code examroom} command: one door to every program and tool, with a subcommand each.
 */
package org.examroom.launcher;
