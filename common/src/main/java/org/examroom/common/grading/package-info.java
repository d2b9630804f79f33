/**
 * From item scores to the result on the register: the test total scaled to 100 points, pass or fail
 * against the pass mark, annulled after removal, and the score in words.
 */
package org.examroom.common.grading;
