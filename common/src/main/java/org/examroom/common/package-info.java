/**
 * The exam domain shared by every ExamRoom program: pure Java, no UI, no server, no hardware.
 */
package org.examroom.common;
