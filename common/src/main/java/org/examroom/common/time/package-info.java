/**
 * Exam time: schedules are kept in Moscow time and shown in the viewer's zone beside it.
 */
package org.examroom.common.time;
