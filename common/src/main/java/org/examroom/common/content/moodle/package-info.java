/**
 * Moodle XML import: question banks with categories, embedded files and Moodle's own grading of each question type.
 */
package org.examroom.common.content.moodle;
