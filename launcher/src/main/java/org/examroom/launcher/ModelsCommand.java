package org.examroom.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.examroom.face.model.FaceModel;
import org.examroom.face.model.ModelCheck;
import org.examroom.face.model.ModelStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examroom models}: the face-check models in the model folder. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"Installs and checks the face-check models (YuNet, MobileFaceNet) in the model folder.",
            "Модели для проверки лица: установка и проверка контрольных сумм."},
        subcommands = {ModelsCommand.Status.class, ModelsCommand.Install.class, CommandLine.HelpCommand.class})
final class ModelsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The model folder option every models and face command shares. */
    static final class Folder {
        @Option(names = "--models", paramLabel = "DIR", description = "The model folder (default: ~/.examroom/models).")
        Path folder = ModelStore.DEFAULT_FOLDER;

        ModelStore store() {
            return new ModelStore(folder);
        }
    }

    /** Prints each model's state; 0 when all are verified, 1 otherwise. */
    static int print(List<ModelCheck> checks, ModelStore store, PrintWriter out) {
        out.println("Model folder: " + store.folder());
        for (ModelCheck check : checks) {
            out.println("  " + check.describe());
        }
        boolean ready = checks.stream().allMatch(c -> c instanceof ModelCheck.Verified);
        out.println(ready ? "Face checks can run." : "Face checks unavailable until the models are installed.");
        out.flush();
        return ready ? 0 : 1;
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Checks every model in the folder against its pinned SHA-256.")
    static final class Status implements Callable<Integer> {
        @CommandLine.Mixin
        Folder folder = new Folder();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ModelStore store = folder.store();
            return print(store.check(), store, spec.commandLine().getOut());
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Copies the models from a folder (e.g. a USB stick) or downloads them from their pinned URLs,",
                "checking each SHA-256 before it is put in place. Models already installed and verified are kept."})
    static final class Install implements Callable<Integer> {
        @CommandLine.Mixin
        Folder folder = new Folder();

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        static final class Source {
            @Option(names = "--from", paramLabel = "DIR", description = "A folder holding the model files under their usual names.")
            Path from;

            @Option(names = "--download", description = "Fetch them from the pinned upstream URLs (needs internet).")
            boolean download;
        }

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            ModelStore store = folder.store();
            PrintWriter out = spec.commandLine().getOut();
            try {
                List<ModelCheck> checks;
                if (source.download) {
                    for (FaceModel model : FaceModel.values()) {
                        out.println("From " + model.source() + " (" + model.licence() + ")");
                    }
                    out.flush();
                    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                            .connectTimeout(Duration.ofSeconds(20)).build();
                    checks = store.download(http);
                } else {
                    checks = store.installFrom(source.from);
                }
                return print(checks, store, out);
            } catch (IOException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("Models not installed: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
    }
}
