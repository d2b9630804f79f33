package org.examroom.common.exam;

/** The document the applicant's identity is checked against at the door (passport or another ID). */
public record IdentityDocument(Kind kind, String number) {

    /** Kinds of identity documents accepted for admission. */
    public enum Kind {
        PASSPORT_RF,
        FOREIGN_PASSPORT,
        OTHER
    }

    public IdentityDocument {
        number = Ids.require(number, "document number").replaceAll("\\s+", " ");
    }

    /** The number without spaces, for searching by what the supervisor types. */
    public String searchKey() {
        return number.replace(" ", "");
    }
}
