package org.examroom.terminal.screen.test;

/** The three steps of finishing: the test, the summary of unanswered questions, the final confirmation. */
public enum FinishStage {
    ANSWERING, SUMMARY, CONFIRM, SENDING
}
