package org.examroom.room.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the room recognises a card without keeping its id. Card ids are serial numbers of 32 to 40 bits, often
 * printed on the card, so a plain or salted hash of one is undone by trying every serial; and a per-row salt would
 * mean no lookup by card. The room instead keeps HMAC-SHA256 of the id under a 256-bit secret of its own, in
 * {@code <data>/cards/card-hmac.key} (owner-only, made at the first start, never in the database): one index probe
 * finds the holder, the same card gives the same value (so it is unique across the room), and a copy of the database
 * without that file says nothing about which cards were registered.
 */
public final class CardSecret {

    /** What a reader may report: digits and Latin letters, with ':' or '-' between groups. */
    private static final Pattern CARD_ID = Pattern.compile("[0-9A-Z][0-9A-Z:-]{2,63}");
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private CardSecret(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** The file that holds the secret; backups carry it with the database, since without it no card is recognised. */
    public static Path file(Path dataDirectory) {
        return dataDirectory.resolve("cards").resolve("card-hmac.key");
    }

    /** The room's secret from its data folder, made there (owner-only) when there is none yet. */
    public static CardSecret loadOrCreate(Path dataDirectory) {
        Path file = file(dataDirectory);
        try {
            if (Files.exists(file)) {
                byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (secret.length < 32) {
                    throw new IllegalStateException(file + " holds no 256-bit card secret");
                }
                return new CardSecret(secret);
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".card", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's own permissions protect it.
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return new CardSecret(secret);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the room's card secret in " + file, e);
        }
    }

    /**
     * The card id as the room compares it: upper case, without the ':' and '-' that some readers put between byte
     * groups, so {@code 04:a1:b2:c3} typed at the desk and {@code 04A1B2C3} from a reader are one card. Empty when the
     * text cannot be a card id.
     */
    public static Optional<String> normalise(String cardId) {
        String text = cardId == null ? "" : cardId.strip().toUpperCase(Locale.ROOT);
        if (!CARD_ID.matcher(text).matches()) {
            return Optional.empty();
        }
        String bare = text.replace(":", "").replace("-", "");
        return bare.length() >= 3 ? Optional.of(bare) : Optional.empty();
    }

    /** The value stored for a normalised card id: HMAC-SHA256 under the room's secret, in hex. */
    public String hash(String normalisedCardId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalisedCardId.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
