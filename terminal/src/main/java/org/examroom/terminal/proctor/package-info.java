/** What the terminal reports about the room around the applicant: extra monitors, and whether face checks run. */
package org.examroom.terminal.proctor;
