package org.examroom.common.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The programs build JSON through {@link Jsons}: {@code jakarta.json.Json}'s static methods look the
 * provider up on every call, which cost a loaded controller two fifths of its CPU. Tests may use either.
 */
class JsonsUseTest {

    private static final Pattern STATIC_JSON = Pattern.compile("(?<![\\w.])Json\\.create|jakarta\\.json\\.Json\\.create");

    @Test
    void noProgramCallsJsonsStaticFactories() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        assumeTrue(Files.isRegularFile(root.resolve("pom.xml")) && Files.isDirectory(root.resolve("common/src/main/java")),
                "the project's sources are not beside this module: " + root);
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> !p.getFileName().toString().equals("Jsons.java"))
                    .filter(p -> STATIC_JSON.matcher(read(p)).find())
                    .map(p -> root.relativize(p).toString())
                    .sorted().toList();
        }
        assertThat(offenders).as("sources calling jakarta.json.Json's factories instead of Jsons").isEmpty();
    }

    @Test
    void theProviderIsLookedUpOnce() {
        assertThat(Jsons.provider()).isSameAs(Jsons.provider());
        assertThat(Jsons.createObjectBuilder().add("a", 1).build().toString()).isEqualTo("{\"a\":1}");
        assertThat(Jsons.createArrayBuilder(List.of("x", 2)).build().toString()).isEqualTo("[\"x\",2]");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
