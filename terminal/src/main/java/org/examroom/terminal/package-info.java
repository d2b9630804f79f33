/**
 * The applicant's kiosk, started by {@link org.examroom.terminal.TerminalApp}.
 */
package org.examroom.terminal;
