/**
 * Monitoring during the test: periodic checks on their own thread, turned into proctoring events.
 */
package org.examroom.face.monitor;
