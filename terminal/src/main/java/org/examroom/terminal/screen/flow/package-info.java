/** The applicant's way through the terminal, screen by screen, from the seat to the end of the attempt. */
package org.examroom.terminal.screen.flow;
