package org.examroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PackageCommandTest {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = ExamRoom.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @BeforeEach
    void contentAndKeys() throws IOException {
        Files.writeString(folder.resolve("bank.gift"), """
                ::Столица::Столица России?{=Москва ~Казань}

                ::Год::Год основания Москвы?{#1147}

                ::Река::Москва стоит на Москве-реке.{T}
                """, StandardCharsets.UTF_8);
        assertThat(run("package", "keygen", "--out", folder.resolve("office").toString())).isZero();
        assertThat(run("package", "keygen", "--out", folder.resolve("stranger").toString())).isZero();
    }

    private String seal() {
        assertThat(run("package", "seal", "--content", folder.resolve("bank.gift").toString(),
                "--out", folder.resolve("math.pkg").toString(), "--signing-key", folder.resolve("office.key").toString(),
                "--exam", "MATH-1", "--title", "Математика", "--variants", "3", "--select", "2", "--seed", "7"))
                .as(err.toString()).isZero();
        Matcher key = Pattern.compile("unseal key:\\s+(\\S+)").matcher(out.toString());
        assertThat(key.find()).isTrue();
        return key.group(1);
    }

    @Test
    void sealsVerifiesWithoutTheKeyAndUnsealsWithIt() {
        String key = seal();
        assertThat(run("package", "verify", folder.resolve("math.pkg").toString(),
                "--trusted-key", folder.resolve("office.pub").toString())).isZero();
        assertThat(out.toString()).contains("signature:   valid", "MATH-1 — Математика", "variants:    1, 2, 3",
                "items:       3", "fingerprint:");
        assertThat(run("package", "unseal", folder.resolve("math.pkg").toString(),
                "--trusted-key", folder.resolve("office.pub").toString(), "--key", key)).isZero();
        assertThat(out.toString()).contains("variant 1:   2 items", "variant 3:   2 items");
    }

    @Test
    void refusesAnUnknownSignerAWrongKeyAndATamperedFileInWords() throws IOException {
        String key = seal();
        Path pkg = folder.resolve("math.pkg");
        assertThat(run("package", "verify", pkg.toString(), "--trusted-key", folder.resolve("stranger.pub").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("not by the trusted central-office key");
        String wrong = key.charAt(0) == '0' ? "1" + key.substring(1) : "0" + key.substring(1);
        assertThat(run("package", "unseal", pkg.toString(), "--trusted-key", folder.resolve("office.pub").toString(),
                "--key", wrong)).isEqualTo(2);
        assertThat(err.toString()).contains("mistyped");
        byte[] bytes = Files.readAllBytes(pkg);
        bytes[bytes.length - 80] ^= 0x10;
        Files.write(pkg, bytes);
        assertThat(run("package", "verify", pkg.toString(), "--trusted-key", folder.resolve("office.pub").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("altered");
    }

    @Test
    void keysAreNeverOverwritten() {
        assertThat(run("package", "keygen", "--out", folder.resolve("office").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("never overwritten");
    }
}
