package org.examroom.common.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.examroom.common.content.Fixtures;
import org.examroom.common.content.Item;
import org.examroom.common.content.ResponseValue;
import org.examroom.common.content.scoring.ItemScorer;
import org.examroom.common.variant.Variant;
import org.junit.jupiter.api.Test;

class SealedPackageTest {

    private static final KeyPair OFFICE = SigningKeys.generate();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-10T06:00:00Z"), ZoneOffset.UTC);
    private static final UnsealKey KEY = UnsealKey.generate();

    private static ExamContent exam() {
        return new ExamContent("MATH-2026-07-10", "Математика, 10 июля", Map.of(
                "capital.xml", Fixtures.bytes("qti/choice-single.xml"),
                "bank.gift", Fixtures.bytes("gift/bank.gift")),
                List.of(new Variant("1", List.of("capital.xml#capital", "bank.gift#baptism")),
                        new Variant("2", List.of("bank.gift#baptism", "capital.xml#capital"))));
    }

    private static byte[] sealed() throws SealException {
        return SealedPackage.seal(exam(), OFFICE.getPrivate(), OFFICE.getPublic(), KEY, CLOCK);
    }

    @Test
    void theIdentityIsReadableWithoutTheUnsealKey() throws SealException {
        PackageIdentity identity = SealedPackage.read(sealed()).verify(OFFICE.getPublic());
        assertThat(identity.examId()).isEqualTo("MATH-2026-07-10");
        assertThat(identity.title()).isEqualTo("Математика, 10 июля");
        assertThat(identity.variantIds()).containsExactly("1", "2");
        assertThat(identity.itemCount()).isEqualTo(8);
        assertThat(identity.sealedAt()).isEqualTo(CLOCK.instant());
        assertThat(identity.fingerprint()).hasSize(64);
        assertThat(identity.shortFingerprint()).matches("([0-9A-F]{4} ){7}[0-9A-F]{4}");
    }

    @Test
    void theRightKeyOpensItAndTerminalsGetNoAnswers() throws SealException {
        UnsealedPackage opened = SealedPackage.read(sealed()).unseal(OFFICE.getPublic(),
                UnsealKey.parse(KEY.toText().toLowerCase().replace("-", " ")));
        assertThat(opened.variant("2").orElseThrow().itemIds()).containsExactly("bank.gift#baptism", "capital.xml#capital");
        Item capital = opened.items().get("capital.xml#capital");
        assertThat(ItemScorer.score(capital, new ResponseValue.Identifier("moscow")).score()).isEqualByComparingTo("1");
        assertThat(opened.forTerminal("1")).extracting(Item.PublicItem::id).containsExactly("capital", "baptism");
        assertThat(Item.PublicItem.class.getRecordComponents()).extracting(c -> c.getName())
                .doesNotContain("responses", "scoring", "outcomes");
    }

    @Test
    void aTamperedPackageIsRefused() throws SealException {
        byte[] file = sealed();
        file[file.length / 2] ^= 1;
        assertRefused(() -> SealedPackage.read(file).unseal(OFFICE.getPublic(), KEY), SealException.Reason.TAMPERED);
    }

    @Test
    void aTruncatedPackageIsRefused() throws SealException {
        byte[] file = sealed();
        assertRefused(() -> SealedPackage.read(Arrays.copyOf(file, file.length - 100)), SealException.Reason.TRUNCATED);
        assertRefused(() -> SealedPackage.read(Arrays.copyOf(file, 20)), SealException.Reason.TRUNCATED);
    }

    @Test
    void aPackageSignedByAnUnknownKeyIsRefused() {
        KeyPair stranger = SigningKeys.generate();
        assertRefused(() -> SealedPackage.read(SealedPackage.seal(exam(), stranger.getPrivate(), stranger.getPublic(),
                KEY, CLOCK)).verify(OFFICE.getPublic()), SealException.Reason.UNKNOWN_SIGNER);
    }

    @Test
    void aWrongOrMistypedKeyIsRefusedAndToldApart() throws SealException {
        byte[] file = sealed();
        assertRefused(() -> SealedPackage.read(file).unseal(OFFICE.getPublic(), UnsealKey.generate()),
                SealException.Reason.WRONG_KEY);
        String text = KEY.toText();
        String typo = (text.charAt(0) == 'A' ? 'B' : 'A') + text.substring(1);
        assertRefused(() -> UnsealKey.parse(typo), SealException.Reason.MISTYPED_KEY);
    }

    @Test
    void somethingElseIsNotAPackage() {
        assertRefused(() -> SealedPackage.read("PK\u0003\u0004 not ours".getBytes()), SealException.Reason.NOT_A_PACKAGE);
    }

    @Test
    void contentThatDoesNotImportWholeIsNotSealed() {
        ExamContent broken = new ExamContent("X", "X", Map.of("draw.xml", Fixtures.bytes("qti/drawing.xml")),
                List.of(new Variant("1", List.of("draw.xml#draw"))));
        assertRefused(() -> SealedPackage.seal(broken, OFFICE.getPrivate(), OFFICE.getPublic(), KEY, CLOCK),
                SealException.Reason.BAD_CONTENT);
        ExamContent unknownItem = new ExamContent("X", "X", exam().files(), List.of(new Variant("1", List.of("nope#1"))));
        assertRefused(() -> SealedPackage.seal(unknownItem, OFFICE.getPrivate(), OFFICE.getPublic(), KEY, CLOCK),
                SealException.Reason.BAD_CONTENT);
    }

    @Test
    void keysSurviveTheirTextForm() throws SealException {
        assertThat(SigningKeys.parsePublic(SigningKeys.publicKeyText(OFFICE.getPublic()))).isEqualTo(OFFICE.getPublic());
        KeyPair read = SigningKeys.parseSigningKey(SigningKeys.signingKeyText(OFFICE));
        assertThat(read.getPrivate().getEncoded()).isEqualTo(OFFICE.getPrivate().getEncoded());
        assertThat(read.getPublic()).isEqualTo(OFFICE.getPublic());
        assertThat(UnsealKey.parse(KEY.toText())).isEqualTo(KEY);
        assertThat(KEY.toText()).matches("([0-9A-Z]{4}-){13}[0-9A-Z]{4}");
        assertThat(KEY.toString()).doesNotContain(KEY.toText());
    }

    private static void assertRefused(ThrowingCallable call, SealException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SealException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
