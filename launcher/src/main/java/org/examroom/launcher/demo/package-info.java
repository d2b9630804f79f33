/**
 * The demo exam: a room controller loaded with a demo exam and 30 applicants, either walked through by hand in the
 * console and a terminal window, or played through by simulated terminals from admission to graded results.
 */
package org.examroom.launcher.demo;
