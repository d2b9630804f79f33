/** Blind marking of open answers by cipher, two graders where the exam asks for them, and decoding afterwards. */
package org.examroom.console.screen.grading;
