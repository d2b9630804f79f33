/**
 * The demo exam: a room controller with a demo exam, 30 applicants and their simulated terminals, played
 * through from admission to graded results.
 */
package org.examroom.launcher.demo;
