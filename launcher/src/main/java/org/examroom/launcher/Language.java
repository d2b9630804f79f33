package org.examroom.launcher;

/** The languages ExamRoom's screens and documents are in; Russian first. */
enum Language {
    ru,
    en
}
