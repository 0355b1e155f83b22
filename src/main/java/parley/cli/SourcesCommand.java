package parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import parley.core.Parley;
import parley.domain.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code parley sources}: the imported articles as a table. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List the imported articles.")
final class SourcesCommand implements Callable<Integer> {
    @ParentCommand
    ParleyCommand parent;
    @Mixin
    StoreOption store;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Parley parley = ParleyCommand.open(store, parent)) {
            List<Source> sources = parley.store().sources();
            Map<Long, Integer> counts = parley.store().eventCountsBySource();
            Table table = new Table("ID", "FILE", "PUBLISHED", "BASIS", "EVENTS", "AUTHOR", "TITLE");
            for (Source s : sources) {
                table.row(s.id(), s.file(), s.published() == null ? "undated" : s.published(), s.publishedBasis(),
                        counts.getOrDefault(s.id(), 0), s.author(), s.title());
            }
            out.print(table.render());
            out.println(sources.size() + (sources.size() == 1 ? " source" : " sources"));
            return 0;
        }
    }
}
