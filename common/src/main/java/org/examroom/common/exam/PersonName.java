package org.examroom.common.exam;

import java.util.Optional;

/**
 * A full name exactly as in the passport: surname, given name and, when there is one, patronymic.
 * Registers and acts print it in full.
 */
public record PersonName(String surname, String givenName, Optional<String> patronymic) {

    public PersonName {
        surname = Ids.require(surname, "surname");
        givenName = Ids.require(givenName, "given name");
        patronymic = patronymic.map(String::strip).filter(p -> !p.isEmpty());
    }

    public static PersonName of(String surname, String givenName, String patronymic) {
        return new PersonName(surname, givenName, Optional.ofNullable(patronymic));
    }

    /** "Иванова Анна Петровна". */
    public String full() {
        return surname + " " + givenName + patronymic.map(p -> " " + p).orElse("");
    }

    /** "Иванова А. П.", as signatures and room maps show it. */
    public String shortForm() {
        return surname + " " + givenName.charAt(0) + "." + patronymic.map(p -> " " + p.charAt(0) + ".").orElse("");
    }
}
