/**
 * Card readers: a card's id, read from a serial reader, an MFRC522 RFID module, a keyboard-wedge burst or a simulation.
 */
package org.examroom.hardware.card;
