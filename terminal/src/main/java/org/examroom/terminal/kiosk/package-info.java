/** Keeping the applicant inside the kiosk: full screen, and leaving only with the supervisor's code. */
package org.examroom.terminal.kiosk;
