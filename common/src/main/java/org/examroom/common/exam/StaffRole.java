package org.examroom.common.exam;

/** Roles of the people who run a room; each console action requires one. */
public enum StaffRole {
    /** Ответственный по аудитории: admits, issues keys, removes with an act. */
    SUPERVISOR,
    /** Член комиссии: signs acts and registers, grades written works. */
    COMMITTEE_MEMBER,
    /** Секретарь: prepares and sends documents. */
    SECRETARY,
    /** Технический специалист: terminals and network, records technical failures. */
    TECHNICIAN,
    /** Наблюдатель: watches; every entry into the room is recorded. */
    OBSERVER
}
