/** The signed-in desk: the chosen exam and room, the clock, and a tab for each part of the exam day. */
package org.examroom.console.screen.desk;
