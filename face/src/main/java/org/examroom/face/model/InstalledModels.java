package org.examroom.face.model;

import java.nio.file.Path;

/** Verified model files, ready to load. */
public record InstalledModels(Path detector, Path embedder) {
}
