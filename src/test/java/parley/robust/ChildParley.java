package parley.robust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import parley.Main;

/** Starts the real command line ({@code parley.Main}) in a JVM of its own, on the test's class path. */
final class ChildParley {
    private ChildParley() {
    }

    static ProcessBuilder command(Path errors, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(errors.toFile());
    }

    static Process start(Path errors, String... args) throws IOException {
        return command(errors, args).start();
    }
}
