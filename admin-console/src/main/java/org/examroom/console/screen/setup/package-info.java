/** Before the exam: the sealed package, the applicants' import, the room's grid and seating, pairing terminals. */
package org.examroom.console.screen.setup;
