/**
 * The OpenCV side of face checks: YuNet detection with landmarks, MobileFaceNet embeddings, image measures.
 */
package org.examroom.face.vision;
