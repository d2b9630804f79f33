/**
 * The JSON shapes that travel between the room controller and its clients: an item without its answers, and the
 * values an applicant answers with.
 */
package org.examroom.common.wire;
