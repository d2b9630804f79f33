package org.examroom.common.exam;

/** What an applicant may use during a test; differs per subject (004 2.6; 003 4.11). */
public enum Aid {
    CALCULATOR,
    PROTRACTOR,
    RULER,
    DRAFT_PAPER,
    PERIODIC_TABLE
}
