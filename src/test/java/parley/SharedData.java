package parley;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared material beside the project ({@code ../shared}); tests that need it fail loudly when it is missing. */
public final class SharedData {
    private SharedData() {
    }

    public static Path path(String relative) {
        Path p = Path.of("..", "shared").resolve(relative).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            fail("This test needs " + p + " (the project's ../shared folder); it is missing.");
        }
        return p;
    }

    public static Path seeds() {
        return path("seeds");
    }
}
