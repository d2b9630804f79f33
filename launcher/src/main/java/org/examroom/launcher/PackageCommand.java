package org.examroom.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.examroom.common.content.AssessmentTest;
import org.examroom.common.content.ContentImporter;
import org.examroom.common.content.ImportResult;
import org.examroom.common.content.Item;
import org.examroom.common.seal.ExamContent;
import org.examroom.common.seal.PackageIdentity;
import org.examroom.common.seal.SealException;
import org.examroom.common.seal.SealedPackage;
import org.examroom.common.seal.SigningKeys;
import org.examroom.common.seal.UnsealKey;
import org.examroom.common.seal.UnsealedPackage;
import org.examroom.common.variant.Pool;
import org.examroom.common.variant.SectionPools;
import org.examroom.common.variant.Variant;
import org.examroom.common.variant.VariantBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code examroom package}: sealed exam packages — keys, sealing, verifying, unsealing. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Sealed exam packages: make keys, seal content, verify a package, unseal it.",
            "Запечатанные пакеты заданий: ключи, запечатывание, проверка, вскрытие."},
        subcommands = {PackageCommand.Keygen.class, PackageCommand.Seal.class, PackageCommand.Verify.class,
            PackageCommand.Unseal.class, CommandLine.HelpCommand.class})
final class PackageCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Refusals print one sentence on standard error and end with exit code 2. */
    private static int refuse(CommandLine.Model.CommandSpec spec, String message) {
        spec.commandLine().getErr().println("Refused / Отклонено: " + message);
        return 2;
    }

    private static void printIdentity(PrintWriter out, PackageIdentity identity) {
        out.println("exam:        " + identity.examId() + " — " + identity.title());
        out.println("variants:    " + String.join(", ", identity.variantIds()));
        out.println("items:       " + identity.itemCount());
        out.println("sealed at:   " + identity.sealedAt());
        out.println("signed by:   " + identity.signerKeyId());
        out.println("fingerprint: " + identity.shortFingerprint());
    }

    @Command(name = "keygen", mixinStandardHelpOptions = true,
            description = {"Makes the central office's Ed25519 key pair: NAME.key (keep it in the office) and"
                    + " NAME.pub (give it to every room controller).", "Создаёт ключи подписи центрального офиса."})
    static final class Keygen implements Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "NAME", description = "Path and name without extension.")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                return keygen();
            } catch (IOException e) {
                return refuse(spec, "cannot write the keys: " + e.getMessage());
            }
        }

        private int keygen() throws IOException {
            Path key = Path.of(out + ".key");
            Path pub = Path.of(out + ".pub");
            if (Files.exists(key) || Files.exists(pub)) {
                return refuse(spec, key + " or " + pub + " exists already; keys are never overwritten");
            }
            KeyPair keys = SigningKeys.generate();
            Files.writeString(key, SigningKeys.signingKeyText(keys), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the folder's own permissions protect the key.
            }
            Files.writeString(pub, SigningKeys.publicKeyText(keys.getPublic()), StandardCharsets.US_ASCII);
            spec.commandLine().getOut().println("signing key: " + key + "\npublic key:  " + pub + "\nkey id:      "
                    + SigningKeys.keyId(keys.getPublic()));
            return 0;
        }
    }

    @Command(name = "seal", mixinStandardHelpOptions = true,
            description = {"Seals content files into one encrypted, signed package and prints its unseal key.",
                "Without --select every variant holds every item; with it, each variant draws that many items"
                        + " from all of them, deterministically from --seed.",
                "Запечатывает задания; печатает ключ вскрытия."})
    static final class Seal implements Callable<Integer> {
        @Option(names = "--content", required = true, arity = "1..*", paramLabel = "FILE",
                description = "Content files: QTI packages or items, Moodle XML, GIFT.")
        List<Path> content;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package to write.")
        Path out;

        @Option(names = "--signing-key", required = true, paramLabel = "FILE", description = "The office's NAME.key.")
        Path signingKey;

        @Option(names = "--exam", required = true, paramLabel = "ID", description = "Exam identifier, e.g. MATH-2026-07-10.")
        String exam;

        @Option(names = "--title", paramLabel = "TEXT", description = "Exam title (default: the identifier).")
        String title;

        @Option(names = "--variants", paramLabel = "N", description = "How many variants (default: 1).")
        int variants = 1;

        @Option(names = "--select", paramLabel = "K", description = "Items per variant drawn from all items (default: all).")
        int select;

        @Option(names = "--shuffle", description = "Shuffle the items' order in each variant.")
        boolean shuffle;

        @Option(names = "--seed", paramLabel = "N", description = "Seed for drawing and shuffling (default: 0).")
        long seed;

        @Option(names = "--pools-from-tests",
                description = "Build variants from the QTI tests in the content: each section is a pool with its own"
                        + " selection and ordering (instead of --select and --shuffle).")
        boolean poolsFromTests;

        @Option(names = "--unseal-key-out", paramLabel = "FILE",
                description = "Write the unseal key to this file instead of printing it.")
        Path unsealKeyOut;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                return seal();
            } catch (IOException e) {
                return refuse(spec, "cannot read or write " + e.getMessage());
            }
        }

        private int seal() throws IOException {
            Map<String, byte[]> files = new LinkedHashMap<>();
            List<String> itemKeys = new ArrayList<>();
            List<Pool> testPools = new ArrayList<>();
            for (Path file : content) {
                if (!Files.isRegularFile(file)) {
                    return refuse(spec, file + ": no such file");
                }
                String name = file.getFileName().toString();
                if (files.put(name, Files.readAllBytes(file)) != null) {
                    return refuse(spec, "two content files are called " + name);
                }
                ImportResult result = ContentImporter.importFile(file);
                if (!result.isWhole()) {
                    return refuse(spec, result.problems().getFirst() + "; run 'examroom content check " + file
                            + "' for every problem");
                }
                for (Item item : result.items()) {
                    itemKeys.add(ExamContent.itemKey(name, item.id()));
                }
                if (poolsFromTests) {
                    if (result.tests().isEmpty()) {
                        return refuse(spec, file + " holds no QTI test to take pools from");
                    }
                    for (AssessmentTest test : result.tests()) {
                        SectionPools.of(test, ref -> ExamContent.itemKey(name, ref.itemId())).forEach(pool ->
                                testPools.add(new Pool(name + "/" + test.id() + "/" + pool.id(), pool.itemIds(),
                                        pool.select(), pool.shuffle())));
                    }
                }
            }
            try {
                KeyPair keys = SigningKeys.parseSigningKey(Files.readString(signingKey, StandardCharsets.US_ASCII));
                List<Pool> pools = poolsFromTests ? testPools : List.of(new Pool("all", itemKeys, select, shuffle));
                List<Variant> built = VariantBuilder.build(pools, variants, seed);
                UnsealKey key = UnsealKey.generate();
                byte[] sealed = SealedPackage.seal(new ExamContent(exam, title == null ? exam : title, files, built),
                        keys.getPrivate(), keys.getPublic(), key, Clock.systemUTC());
                Files.write(out, sealed);
                PrintWriter printer = spec.commandLine().getOut();
                printer.println("package:     " + out);
                printIdentity(printer, SealedPackage.read(sealed).verify(keys.getPublic()));
                if (unsealKeyOut != null) {
                    Files.writeString(unsealKeyOut, key.toText() + "\n", StandardCharsets.US_ASCII);
                    printer.println("unseal key:  written to " + unsealKeyOut);
                } else {
                    printer.println("unseal key:  " + key.toText());
                }
                return 0;
            } catch (SealException | IllegalArgumentException e) {
                return refuse(spec, e.getMessage());
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Checks a package's signature against the trusted key and shows what it holds,"
                    + " without the unseal key.", "Проверяет подпись пакета и показывает его состав."})
    static final class Verify implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The sealed package.")
        Path file;

        @Option(names = "--trusted-key", required = true, paramLabel = "FILE", description = "The office's NAME.pub.")
        Path trustedKey;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                PackageIdentity identity = SealedPackage.read(Files.readAllBytes(file))
                        .verify(SigningKeys.parsePublic(Files.readString(trustedKey, StandardCharsets.US_ASCII)));
                spec.commandLine().getOut().println("signature:   valid");
                printIdentity(spec.commandLine().getOut(), identity);
                return 0;
            } catch (SealException | IllegalArgumentException e) {
                return refuse(spec, e.getMessage());
            } catch (java.nio.file.NoSuchFileException e) {
                return refuse(spec, e.getFile() + ": no such file");
            } catch (IOException e) {
                return refuse(spec, "cannot read " + e.getMessage());
            }
        }
    }

    @Command(name = "unseal", mixinStandardHelpOptions = true,
            description = {"Verifies and opens a package with its unseal key (as typed, or as read from its QR code),"
                    + " and lists its variants.", "Вскрывает пакет ключом вскрытия."})
    static final class Unseal implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The sealed package.")
        Path file;

        @Option(names = "--trusted-key", required = true, paramLabel = "FILE", description = "The office's NAME.pub.")
        Path trustedKey;

        @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        KeySource keySource = new KeySource();

        /** The unseal key typed on the command line, or a file holding it (e.g. what a QR scanner wrote). */
        static final class KeySource {
            @Option(names = "--key", paramLabel = "KEY",
                    description = "The unseal key, e.g. 7K3M-…; spaces, dashes and case do not matter.")
            String key;

            @Option(names = "--key-file", paramLabel = "FILE", description = "A file holding the unseal key.")
            Path keyFile;
        }

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                String keyText = keySource.key != null ? keySource.key
                        : Files.readString(keySource.keyFile, StandardCharsets.UTF_8);
                UnsealedPackage opened = SealedPackage.read(Files.readAllBytes(file)).unseal(
                        SigningKeys.parsePublic(Files.readString(trustedKey, StandardCharsets.US_ASCII)),
                        UnsealKey.parse(keyText));
                PrintWriter out = spec.commandLine().getOut();
                out.println("unsealed:    yes");
                printIdentity(out, opened.identity());
                for (Variant variant : opened.variants()) {
                    out.println("variant " + variant.id() + ":   " + variant.itemIds().size() + " items: "
                            + String.join(", ", variant.itemIds()));
                }
                return 0;
            } catch (SealException | IllegalArgumentException e) {
                return refuse(spec, e.getMessage());
            } catch (java.nio.file.NoSuchFileException e) {
                return refuse(spec, e.getFile() + ": no such file");
            } catch (IOException e) {
                return refuse(spec, "cannot read " + e.getMessage());
            }
        }
    }
}
