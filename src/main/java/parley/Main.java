package parley;

import parley.cli.ParleyCommand;

/**
 * The one entry point of the jar. It does not extend {@code Application}, so JavaFX can start from the class path:
 * with no command it opens the desktop window, with a command it runs the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ParleyCommand.run(args));
    }
}
