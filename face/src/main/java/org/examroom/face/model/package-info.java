/**
 * The model files face checks need: where they live, their pinned SHA-256, installing and verifying them.
 */
package org.examroom.face.model;
