package parley.cli;

import java.util.concurrent.Callable;

import parley.core.Parley;
import parley.domain.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code parley reextract}: runs the current extraction rules over every stored article again. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = "Extract events from every stored article again (after the rules improved). Events an analyst"
                + " confirmed, edited, merged, split or deleted stay as they are.")
final class ReextractCommand implements Callable<Integer> {
    @ParentCommand
    ParleyCommand parent;
    @Mixin
    StoreOption store;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Parley parley = ParleyCommand.open(store, parent)) {
            int done = parley.reextractAll(Importer.Progress.NONE);
            parley.store().keepTimelineReady(); // as after an import: the next launch reads the packed rows
            spec.commandLine().getOut().println("re-extracted " + done + (done == 1 ? " article, " : " articles, ")
                    + parley.store().events().size() + " events");
            return 0;
        }
    }
}
