package parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import parley.core.Parley;
import parley.core.StoreLocation;
import parley.domain.EditRecord;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Precision;
import parley.review.EditCommand;
import parley.review.EditHistory;
import parley.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code parley edit ...}: the analyst's edits from the command line, one per call, recorded like the window's
 * (there is no undo across calls: the history shows what was done, and the opposite edit reverses it).
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Correct events: confirm, change fields, delete, merge, split; show an event's edit history.")
final class EditCli implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    ParleyCommand parent;
    @Mixin
    StoreOption store;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(name = "history", description = "Show who changed an event, when, and what.")
    int history(@Mixin StoreOption own, @Parameters(paramLabel = "ID") long id) {
        try (Parley parley = open(own)) {
            List<EditRecord> records = parley.store().history(id);
            Table table = new Table("WHEN", "WHO", "ACTION", "WHAT");
            for (EditRecord r : records) {
                table.row(WHEN.format(r.at().atZone(java.time.ZoneId.systemDefault())), r.who(), r.action(),
                        r.detail());
            }
            out().print(table.render());
            out().println(records.size() + (records.size() == 1 ? " edit" : " edits"));
            return 0;
        }
    }

    @Command(name = "confirm", description = "Mark events as checked by an analyst.")
    int confirm(@Mixin StoreOption own, @Parameters(paramLabel = "ID", arity = "1..*") List<Long> ids) {
        return applyEach(own, ids, Review::confirm);
    }

    @Command(name = "unconfirm", description = "Take the checked mark off events.")
    int unconfirm(@Mixin StoreOption own, @Parameters(paramLabel = "ID", arity = "1..*") List<Long> ids) {
        return applyEach(own, ids, Review::unconfirm);
    }

    @Command(name = "delete", description = "Delete events; re-extraction will not bring them back.")
    int delete(@Mixin StoreOption own, @Parameters(paramLabel = "ID", arity = "1..*") List<Long> ids) {
        return applyEach(own, ids, Review::delete);
    }

    @Command(name = "merge", description = "Merge two or more events into the first.")
    int merge(@Mixin StoreOption own, @Parameters(paramLabel = "ID", arity = "2..*") List<Long> ids) {
        return apply(own, r -> r.merge(ids));
    }

    @Command(name = "split", description = "Move some of an event's sentences (0-based positions) to a new event.")
    int split(@Mixin StoreOption own, @Parameters(index = "0", paramLabel = "ID") long id,
              @Option(names = "--move", paramLabel = "POS", arity = "1..*", required = true) List<Integer> moved) {
        return apply(own, r -> r.split(id, new LinkedHashSet<>(moved)));
    }

    @Command(name = "set-date", description = "Set an event's date: 2025-08-14, 2025-08 or 2025 with the "
            + "precision given or implied by the form.")
    int setDate(@Mixin StoreOption own, @Mixin IfVersion ifVersion,
                @Parameters(index = "0", paramLabel = "ID") long id,
                @Parameters(index = "1", paramLabel = "DATE") String date,
                @Option(names = "--precision", paramLabel = "DAY|MONTH|YEAR") Precision precision,
                @Option(names = "--time", paramLabel = "HH:mm") LocalTime time,
                @Option(names = "--end", paramLabel = "DATE", description = "Last day of a range.") LocalDate end) {
        EventDate parsed = parseDate(date, precision, time, end);
        return apply(own, r -> ifVersion.check(r.setDate(id, parsed), id));
    }

    @Command(name = "set-type", description = "Set an event's type (CALL, MEETING, SUMMIT, ...).")
    int setType(@Mixin StoreOption own, @Mixin IfVersion ifVersion,
            @Parameters(index = "0", paramLabel = "ID") long id,
                @Parameters(index = "1", paramLabel = "TYPE") EventType type) {
        return apply(own, r -> ifVersion.check(r.setType(id, type), id));
    }

    @Command(name = "set-status", description = "Set an event's status (HELD, PLANNED, PROPOSED, CANCELLED).")
    int setStatus(@Mixin StoreOption own, @Mixin IfVersion ifVersion,
            @Parameters(index = "0", paramLabel = "ID") long id,
                  @Parameters(index = "1", paramLabel = "STATUS") EventStatus status) {
        return apply(own, r -> ifVersion.check(r.setStatus(id, status), id));
    }

    @Command(name = "set-location", description = "Set an event's place (\"\" removes it).")
    int setLocation(@Mixin StoreOption own, @Mixin IfVersion ifVersion,
            @Parameters(index = "0", paramLabel = "ID") long id,
                    @Parameters(index = "1", paramLabel = "PLACE") String place) {
        return apply(own, r -> ifVersion.check(r.setLocation(id, place), id));
    }

    @Command(name = "set-title", description = "Set an event's title.")
    int setTitle(@Mixin StoreOption own, @Mixin IfVersion ifVersion,
            @Parameters(index = "0", paramLabel = "ID") long id,
                 @Parameters(index = "1", paramLabel = "TITLE") String title) {
        return apply(own, r -> ifVersion.check(r.setTitle(id, title), id));
    }

    @Command(name = "set-published", description = "Set an article's publication date; its events re-resolve.")
    int setPublished(@Mixin StoreOption own, @Parameters(index = "0", paramLabel = "SOURCE_ID") long sourceId,
                     @Parameters(index = "1", paramLabel = "DATE") LocalDate date) {
        return apply(own, r -> r.setPublicationDate(sourceId, date));
    }

    /**
     * {@code --if-version N}: change the event only if it is still at version N (the {@code version} of
     * {@code events --json}), as the window does for what its analyst saw; otherwise say who changed it since.
     */
    static final class IfVersion {
        @Option(names = "--if-version", paramLabel = "N",
                description = "Change the event only if it is still at this version (events --json shows it).")
        Long version;

        EditCommand check(EditCommand command, long id) {
            return version == null ? command : command.expecting(java.util.Map.of(id, version));
        }
    }

    static EventDate parseDate(String text, Precision precision, LocalTime time, LocalDate end) {
        EventDate d = EventDate.parse(text.strip(), null, null);
        Precision p = precision != null ? precision : time != null ? Precision.MINUTE : d.precision();
        return new EventDate(d.start(), p, time, end);
    }

    private int applyEach(StoreOption own, List<Long> ids, java.util.function.BiFunction<Review, Long,
            EditCommand> make) {
        return apply(own, ids.stream().<Function<Review, EditCommand>>map(id -> r -> make.apply(r, id)).toList());
    }

    private int apply(StoreOption own, Function<Review, EditCommand> make) {
        return apply(own, List.of(make));
    }

    private int apply(StoreOption own, List<Function<Review, EditCommand>> edits) {
        try (Parley parley = open(own)) {
            EditHistory history = new EditHistory();
            for (Function<Review, EditCommand> make : edits) {
                EditCommand done = history.perform(make.apply(parley.review()));
                out().println(done.description());
            }
            return 0;
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private Parley open(StoreOption own) {
        String db = own != null && own.db != null ? own.db : store.db != null ? store.db
                : parent == null ? null : parent.store.db;
        return Parley.open(StoreLocation.address(db));
    }
}
