/** The test screen: items with every interaction, the navigator, the clock, aids and the three-step finish. */
package org.examroom.terminal.screen.test;
