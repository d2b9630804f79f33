/**
 * Enrolment from the identity photos: photo quality with guidance, agreement, liveness and the ID-page match.
 */
package org.examroom.face.enrol;
