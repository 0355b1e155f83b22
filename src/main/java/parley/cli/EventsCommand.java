package parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import parley.core.Parley;
import parley.domain.Event;
import parley.export.JsonExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code parley events [--json]}: the timeline as a table, or as the stable JSON contract. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List the events on the timeline.")
final class EventsCommand implements Callable<Integer> {
    @ParentCommand
    ParleyCommand parent;
    @Mixin
    StoreOption store;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print {\"sources\": [...], \"events\": [...]} as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Parley parley = ParleyCommand.open(store, parent)) {
            List<Event> events = parley.store().events();
            if (json) {
                out.println(JsonExport.write(parley.store().sources(), events));
                return 0;
            }
            Table table = new Table("ID", "DATE", "TIME", "TYPE", "STATUS", "TITLE", "PARTICIPANTS");
            for (Event e : events) {
                String who = e.participants().stream()
                        .map(p -> p.role().present() || p.role().name().equals("MENTIONED") ? p.name()
                                : p.name() + " (" + p.role().name().toLowerCase() + ")")
                        .collect(Collectors.joining(", "));
                table.row(e.id(), e.date().known() ? e.date().iso() : "undated", e.date().isoTime(), e.type(),
                        e.status(), e.title(), who);
            }
            out.print(table.render());
            out.println(events.size() + (events.size() == 1 ? " event" : " events"));
            return 0;
        }
    }
}
