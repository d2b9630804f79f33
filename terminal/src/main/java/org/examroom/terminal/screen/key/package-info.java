/** The key-entry screen: an access key typed with live checking, read from a slip's QR code, or from a card. */
package org.examroom.terminal.screen.key;
