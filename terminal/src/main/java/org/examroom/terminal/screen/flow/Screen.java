package org.examroom.terminal.screen.flow;

/** The screens in the order an applicant meets them. */
public enum Screen {
    PAIRING, SEAT, KEY, RULES, PHOTOS, WAITING, TEST, DONE
}
