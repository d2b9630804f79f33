package org.examroom.face;

import java.util.Locale;
import org.examroom.common.i18n.Messages;

/** The face module's texts for applicants and invigilators, Russian first. */
public final class FaceTexts {

    private static final String BUNDLE = "org.examroom.face.messages";

    private FaceTexts() {
    }

    public static Messages load(Locale locale) {
        return Messages.load(BUNDLE, locale, FaceTexts.class.getClassLoader());
    }
}
