package org.examroom.common.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class ChunkSealTest {

    private final KeyPair room = ChunkSeal.newKeyPair();

    @Test
    void aSignatureHoldsForTheExactBodyOnly() {
        String body = "{\"site\":\"room-a\",\"no\":1,\"фамилия\":\"Иванова\"}";
        String signature = ChunkSeal.sign(room.getPrivate(), body);

        assertThat(ChunkSeal.verify(room.getPublic(), body, signature)).isTrue();
        assertThat(ChunkSeal.verify(room.getPublic(), body.replace("Иванова", "Иванов"), signature)).isFalse();
        assertThat(ChunkSeal.verify(ChunkSeal.newKeyPair().getPublic(), body, signature)).isFalse();
        assertThat(ChunkSeal.verify(room.getPublic(), body, "not base64!")).isFalse();
    }

    @Test
    void keysSurviveTheirTextForm() {
        String body = "chunk";
        var publicKey = ChunkSeal.publicKey(ChunkSeal.encode(room.getPublic())).orElseThrow();
        var privateKey = ChunkSeal.privateKey(ChunkSeal.encode(room.getPrivate()));

        assertThat(ChunkSeal.verify(publicKey, body, ChunkSeal.sign(privateKey, body))).isTrue();
        assertThat(ChunkSeal.publicKey("garbage")).isEmpty();
    }

    @Test
    void theHashIsHexSha256() {
        assertThat(ChunkSeal.hash("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
