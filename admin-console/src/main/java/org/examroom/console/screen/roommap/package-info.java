/** The room map: every seat with its applicant's state, time left and terminal, and what the supervisor can do. */
package org.examroom.console.screen.roommap;
