package org.examroom.central.intake;

import java.time.Instant;

/**
 * A registered site and how far its record has come: the last accepted chunk and audit entry.
 */
public record Site(String id, String name, String publicKey, Instant registeredAt, long lastChunkNo, String lastHash,
        long auditSeq, String auditHash) {
}
