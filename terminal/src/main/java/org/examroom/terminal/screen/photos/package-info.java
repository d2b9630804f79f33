/** The identity photos screen: live preview, five checked shots with guidance, the liveness step, sending. */
package org.examroom.terminal.screen.photos;
