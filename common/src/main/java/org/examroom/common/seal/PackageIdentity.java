package org.examroom.common.seal;

import java.time.Instant;
import java.util.List;

/**
 * What a sealed package says about itself, readable without the unseal key once its signature is verified.
 *
 * @param fingerprint SHA-256 of the signed bytes, in hex: read it aloud to compare with the central office's list
 */
public record PackageIdentity(String examId, String title, List<String> variantIds, int itemCount,
                              Instant sealedAt, String signerKeyId, String fingerprint) {

    public PackageIdentity {
        variantIds = List.copyOf(variantIds);
    }

    /** The fingerprint's first 128 bits in groups of four, as printed on the office's list. */
    public String shortFingerprint() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 32; i += 4) {
            out.append(i == 0 ? "" : " ").append(fingerprint, i, i + 4);
        }
        return out.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
