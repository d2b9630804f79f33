package org.examroom.face.model;

import java.nio.file.Path;

/** What the model folder holds for one model. */
public sealed interface ModelCheck {

    FaceModel model();

    Path file();

    /** A sentence for a person: what is there, or what is wrong and what to do. */
    String describe();

    /** The file is there and its SHA-256 is the pinned one. */
    record Verified(FaceModel model, Path file) implements ModelCheck {
        @Override
        public String describe() {
            return model.fileName() + ": ok (SHA-256 verified)";
        }
    }

    /** No file. */
    record Missing(FaceModel model, Path file) implements ModelCheck {
        @Override
        public String describe() {
            return model.fileName() + ": missing, expected at " + file
                    + " (install with: examroom models install --from DIR, or --download)";
        }
    }

    /** A file whose content is not the pinned one: truncated, damaged or a different version. */
    record Corrupt(FaceModel model, Path file, long actualSize, String actualSha256) implements ModelCheck {
        @Override
        public String describe() {
            return model.fileName() + ": corrupt at " + file + " (" + actualSize + " bytes, SHA-256 " + actualSha256
                    + "; expected " + model.size() + " bytes, SHA-256 " + model.sha256()
                    + "); install it again with: examroom models install";
        }
    }
}
