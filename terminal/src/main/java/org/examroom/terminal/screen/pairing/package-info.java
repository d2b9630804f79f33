/**
 * The first screen: the terminal shows its id and takes the pairing code from the console.
 */
package org.examroom.terminal.screen.pairing;
