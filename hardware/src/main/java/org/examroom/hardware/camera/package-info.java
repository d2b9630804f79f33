/**
 * Cameras that deliver BGR frames with their capture time: a real one through OpenCV, or image files played in a loop.
 */
package org.examroom.hardware.camera;
