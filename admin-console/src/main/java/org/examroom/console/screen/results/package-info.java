/** After the exam: grading, results against the pass mark, the reconciliation, sending to the central office. */
package org.examroom.console.screen.results;
