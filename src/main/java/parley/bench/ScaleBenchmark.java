package parley.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import parley.core.Parley;
import parley.domain.Article;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.domain.Source;
import parley.domain.UnreadableFileException;
import parley.domain.StoreAddress;
import parley.export.ExportOptions;
import parley.export.FxRuntime;
import parley.export.PngExporter;
import parley.export.VectorExporter;
import parley.extract.RuleBasedExtractor;
import parley.ingest.FileArticleReader;
import parley.timeline.TimeScale;
import parley.timeline.TimelineIndex;
import parley.ui.MainViewModel;

/**
 * Measures Parley at scale on this machine and prints a table of figures next to the targets of issue 6. Everything
 * it creates lives in a temporary folder that is deleted at the end (unless {@code --keep}).
 *
 * <p>Run: {@code java -cp target/parley.jar parley.bench.ScaleBenchmark [--quick]} or {@code parley bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures import, extraction, store size, timeline launch and frames, PNG export and heap "
                + "on synthetic data, and prints the figures next to the targets.")
public final class ScaleBenchmark implements Callable<Integer> {
    static final int QUICK_ARTICLES = 300;
    static final int QUICK_EVENTS = 10_000;

    @Option(names = "--articles", description = "Articles to generate and import (default 10000; --quick: 300).")
    Integer articles;

    @Option(names = "--events", description = "Events in the synthetic store (default 100000; --quick: 10000).")
    Integer events;

    @Option(names = "--frames", description = "Frames timed per zoom level (default 200; --quick: 30).")
    Integer frames;

    @Option(names = "--db", paramLabel = "postgresql://…", description = "Write the large store into this empty team"
            + " store database instead of an H2 folder, and measure launch, frames and export on it.")
    String db;

    @Option(names = "--quick", description = "A CI-sized run: small corpus, small store, few frames.")
    boolean quick;

    @Option(names = "--seed", defaultValue = "20250812", description = "Seed of the synthetic data.")
    long seed;

    @Option(names = "--work", description = "Folder for the corpus and stores (default: a new temporary folder).")
    Path work;

    @Option(names = "--keep", description = "Keep the work folder.")
    boolean keep;

    @Option(names = "--only", split = ",", paramLabel = "PART", converter = PartName.class, description = "Measure only these parts: "
            + "extraction, import, store, launch (launch, frames and heap), export, window (the whole window's launch,"
            + " only when named: measure it alone in a fresh JVM). With --work, a large store kept "
            + "there by an earlier run is reused when store is not asked for.")
    java.util.Set<Part> only;

    /** Accepts "import" for {@link Part#importing} (a Java keyword cannot name a constant). */
    static final class PartName implements CommandLine.ITypeConverter<Part> {
        @Override
        public Part convert(String value) {
            return Part.of(value.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** The parts of the benchmark that {@code --only} can pick. */
    enum Part {
        extraction, importing, store, launch, export,
        /** The whole window's launch; only when named, in a JVM of its own (after another part it would be warm). */
        window;

        static Part of(String name) {
            return "import".equals(name) ? importing : valueOf(name);
        }
    }

    private PrintStream out = System.out;

    public static void main(String[] args) {
        int code = new CommandLine(new ScaleBenchmark()).execute(args);
        System.exit(code);
    }

    /** Runs with these arguments, printing to {@code out}; returns the table (for tests). */
    static ResultTable run(PrintStream out, String... args) {
        ScaleBenchmark bench = new ScaleBenchmark();
        bench.out = out;
        new CommandLine(bench).parseArgs(args);
        return bench.measure();
    }

    @Override
    public Integer call() {
        measure();
        return 0;
    }

    private ResultTable measure() {
        int nArticles = articles != null ? articles : quick ? QUICK_ARTICLES : 10_000;
        int nEvents = events != null ? events : quick ? QUICK_EVENTS : 100_000;
        int nFrames = frames != null ? frames : quick ? 30 : 200;
        if (nArticles < 1 || nEvents < 1 || nFrames < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "counts must be positive");
        }
        Path folder = work != null ? work : temporaryFolder();
        ResultTable table = new ResultTable(out);
        try {
            out.printf(Locale.ROOT, "Parley scale benchmark, %s; %d articles, %d events, %d frames per zoom level; "
                            + "%d cores, max heap %d MB, Java %s, %s%n", Instant.now(), nArticles, nEvents, nFrames,
                    Runtime.getRuntime().availableProcessors(), HeapProbe.maxBytes() >> 20,
                    System.getProperty("java.version"), jitMode());
            if (runs(Part.extraction) || runs(Part.importing)) {
                Path corpus = folder.resolve("corpus");
                List<Path> files = step("generating the corpus",
                        () -> new CorpusGenerator(seed).write(corpus, nArticles));
                if (runs(Part.extraction)) {
                    extraction(table, files);
                }
                if (runs(Part.importing)) {
                    importing(table, corpus, folder.resolve("imported-store"), nArticles);
                }
            }
            Path bigFolder = folder.resolve("large-store");
            StoreAddress big = db != null ? teamStore(db) : new StoreAddress.Folder(bigFolder);
            boolean reuse = only != null && !only.contains(Part.store)
                    && (db != null ? hasEvents(big) : Files.isDirectory(bigFolder));
            boolean window = only != null && only.contains(Part.window);
            if (!reuse && (runs(Part.store) || runs(Part.launch) || runs(Part.export) || window)) {
                if (db != null && hasEvents(big)) {
                    throw new CommandLine.ParameterException(new CommandLine(this), "--db names a store that holds"
                            + " events already: give an empty database (the benchmark fills it), or --only launch"
                            + " to measure the store it holds");
                }
                delete(bigFolder);
                generateStore(table, big, nEvents);
            } else if (reuse) {
                out.println("Reusing the large store in " + big.display());
            }
            if (window) {
                WindowLaunch.Figures f = WindowLaunch.measure(big);
                table.add(String.format(Locale.ROOT, "launch of the whole window to its first complete frame, %,d"
                        + " events", nEvents), f.describe(), "≤ 2 s", f.frame() <= 2);
            }
            if (runs(Part.launch) || runs(Part.export)) {
                timelineAndExport(table, big, nEvents, nFrames, folder);
            }
            out.println();
            table.print(out);
            return table;
        } finally {
            if (!keep && work == null) {
                delete(folder);
            } else {
                out.println("Work folder kept: " + folder);
            }
        }
    }

    private boolean runs(Part part) {
        return only == null || only.isEmpty() || only.contains(part);
    }

    /** The extraction row's median in this run (ms per article), or NaN when extraction was not measured. */
    private double extractionMs = Double.NaN;

    /** Extraction alone, one thread, on up to 1,000 of the articles read beforehand. */
    private void extraction(ResultTable table, List<Path> files) {
        FileArticleReader reader = new FileArticleReader();
        List<Article> read = new ArrayList<>();
        for (Path f : files.subList(0, Math.min(files.size(), 1000))) {
            try {
                read.add(reader.read(f));
            } catch (UnreadableFileException e) {
                throw new IllegalStateException("a generated article could not be read: " + f + ": " + e.getMessage());
            }
        }
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        int found = 0;
        for (int i = 0; i < Math.min(200, read.size() * 2); i++) {
            Article a = read.get(i % read.size());
            found += extractor.extract(a, a.published()).events().size();
        }
        Samples samples = new Samples();
        found = 0;
        for (Article a : read) {
            long t0 = System.nanoTime();
            found += extractor.extract(a, a.published()).events().size();
            samples.add(System.nanoTime() - t0);
        }
        extractionMs = samples.medianMs();
        table.info("extraction alone, 1 thread (ms/article)", String.format(Locale.ROOT,
                "median %.2f, p95 %.2f (%d articles, %.1f events each)", samples.medianMs(), samples.p95Ms(),
                read.size(), found / (double) read.size()));
    }

    private void importing(ResultTable table, Path corpus, Path storeDir, int n) {
        long opening = System.nanoTime();
        ImportSummary summary;
        int events;
        try (Parley parley = Parley.open(storeDir)) {
            // The new store's open (Flyway creating the schema in a fresh JVM: 0.3-2.7 s) is timed apart: a user's
            // import runs on a store already open, and on a few hundred articles it was a tenth of the wall clock.
            long t0 = System.nanoTime();
            double openSeconds = (t0 - opening) / 1e9;
            // CPU time as well as wall-clock time: other work on a shared machine stretches the second, not the first.
            long storing0 = CpuTime.currentThread();
            long process0 = CpuTime.process();
            long compiling0 = CpuTime.compilingMillis();
            summary = parley.importer().importPaths(List.of(corpus), Importer.Progress.NONE);
            double compilingMs = (CpuTime.compilingMillis() - compiling0) / (double) n;
            double seconds = (System.nanoTime() - t0) / 1e9;
            double storingMs = (CpuTime.currentThread() - storing0) / 1e6 / n;
            double processMs = (CpuTime.process() - process0) / 1e6 / n;
            events = parley.store().events().size();
            double perSecond = n / seconds;
            long failed = summary.count(FileOutcome.Kind.FAILED);
            double withOpen = n / (seconds + openSeconds);
            table.add("import end to end (files → extraction → H2)", String.format(Locale.ROOT,
                    "%.0f articles/s: %d in %.1f s, %d events, %d failed%s; the new store's open before it %.2f s"
                            + " (%.0f articles/s counting it)", perSecond, n, seconds, events, failed,
                    n == 10_000 ? "" : String.format(Locale.ROOT, " (10,000 would take %.0f s)", 10_000 / perSecond),
                    openSeconds, withOpen),
                    "10,000 ≤ 30 s (≥ 333/s)", perSecond >= 10_000 / 30.0 && failed == 0);
            table.info("import CPU per article (storing thread / whole process)", String.format(Locale.ROOT,
                    "%.2f ms / %.2f ms, of which the JIT compilers %.2f ms (%d cores: at most %.0f articles/s if the"
                            + " storing thread had a core to itself)",
                    storingMs, processMs, compilingMs, Runtime.getRuntime().availableProcessors(),
                    1000 / Math.max(storingMs, processMs / Runtime.getRuntime().availableProcessors())));
            if (!Double.isNaN(extractionMs)) {
                // what the cores could extract alone in this run: a ratio the machine's noise moves little (issue 17)
                int cores = Runtime.getRuntime().availableProcessors();
                double couldExtract = cores * 1000 / extractionMs;
                double efficiency = perSecond / couldExtract;
                table.add("import efficiency (articles/s ÷ what the cores extract alone)", String.format(Locale.ROOT,
                        "%.2f: %.0f articles/s ÷ (%d cores × 1000 / %.2f ms extraction median = %.0f articles/s);"
                                + " %.2f counting the store's open, as runs up to 16 did",
                        efficiency, perSecond, cores, extractionMs, couldExtract, withOpen / couldExtract), "≥ 0.5",
                        efficiency >= 0.5);
            }
        }
        long bytes = folderBytes(storeDir);
        table.info("imported store on disk", String.format(Locale.ROOT, "%.0f bytes/event (%.1f MB, %d events)",
                bytes / (double) Math.max(1, events), bytes / 1e6, events));
        try (Parley parley = Parley.open(storeDir)) {
            reextractAll(table, parley, events);
        }
    }

    /**
     * "Re-extract all" on the store just imported, as the Review menu runs it after the rules improved: every stored
     * source read from the store and extracted again, merged afresh, in one transaction.
     */
    private void reextractAll(ResultTable table, Parley parley, int eventsBefore) {
        long t0 = System.nanoTime();
        long cpu0 = CpuTime.currentThread();
        int sources = parley.reextractAll(Importer.Progress.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (CpuTime.currentThread() - cpu0) / 1e6 / Math.max(1, sources);
        int after = parley.store().timelineOutline().size();
        table.info("re-extract all (every stored source, one transaction)", String.format(Locale.ROOT,
                "%.0f sources/s: %d in %.1f s, %.2f ms CPU per source on the calling thread; %d events after, %d"
                        + " before", sources / seconds, sources, seconds, cpuMs, after, eventsBefore));
    }

    private static StoreAddress teamStore(String url) {
        if (!StoreAddress.isServerUrl(url)) {
            throw new IllegalArgumentException("--db takes a team store's address, postgresql://…");
        }
        return StoreAddress.parse(url);
    }

    private static boolean hasEvents(StoreAddress address) {
        try (Parley parley = Parley.open(address)) {
            return !parley.store().timelineOutline().isEmpty();
        }
    }

    private void generateStore(ResultTable table, StoreAddress store, int n) {
        long t0 = System.nanoTime();
        StoreGenerator.Written written;
        long filled;
        double packSeconds;
        try (Parley parley = Parley.open(store)) {
            written = new StoreGenerator(seed).fill(parley.store(), n);
            filled = System.nanoTime();
            // As the window's first read after an import does: the rows are read from the tables and kept packed.
            long read0 = System.nanoTime();
            parley.store().timelineEvents();
            packSeconds = (System.nanoTime() - read0) / 1e9;
        }
        double seconds = (filled - t0) / 1e9;
        if (!(store instanceof StoreAddress.Folder f)) {
            table.info("synthetic store written into " + store.display(), String.format(Locale.ROOT,
                    "%d events, %d sources in %.1f s (%.0f events/s)", written.events(), written.sources(), seconds,
                    written.events() / seconds));
            packed(table, packSeconds);
            return;
        }
        Path storeDir = f.path();
        long bytes = folderBytes(storeDir);
        double perEvent = bytes / (double) written.events();
        table.info("synthetic store written (port, batches of 1,000 events)", String.format(Locale.ROOT,
                "%d events, %d sources in %.1f s (%.0f events/s), closed and compacted", written.events(),
                written.sources(), seconds, written.events() / seconds));
        table.add("store on disk, mentions and source texts included", String.format(Locale.ROOT,
                "%.0f bytes/event (%.1f MB)", perEvent, bytes / 1e6), "≤ 2 KB/event", perEvent <= 2048);
        packed(table, packSeconds);
    }

    private static void packed(ResultTable table, double seconds) {
        table.info("timeline rows read from the tables and packed (a window's first read after a change)",
                String.format(Locale.ROOT, "%.2f s", seconds));
    }

    /**
     * Launch as the window does it: the store opens, the main view model reads it on a worker (timeline rows,
     * sources, counts, participants, index) while the FX thread builds the window, then the first frame is painted
     * and rendered; the search's sentences are read after that, in the background, and counted in the heap.
     */
    private void timelineAndExport(ResultTable table, StoreAddress storeDir, int n, int frames, Path folder) {
        HeapProbe.reset();
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        // As the window does (ParleyApp): the store opens on a thread of its own while the toolkit starts.
        long[] openedAt = new long[1];
        CompletableFuture<Parley> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                Parley opened = Parley.open(storeDir);
                openedAt[0] = System.nanoTime();
                opening.complete(opened);
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "bench-open");
        opener.setDaemon(true);
        opener.start();
        FxRuntime.ensureStarted();
        long toolkit = System.nanoTime();
        Thread[] workerThread = new Thread[1];
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            workerThread[0] = t;
            return t;
        });
        try (Parley parley = opening.join()) {
            long opened = System.nanoTime();
            double openAlone = (openedAt[0] - t0) / 1e9;
            // The first index holds every event's mark (the outline, or the complete rows); the complete one follows.
            CompletableFuture<TimelineIndex> read = new CompletableFuture<>();
            CompletableFuture<TimelineIndex> complete = new CompletableFuture<>();
            long[] completeAt = new long[1];
            boolean[] firstIsOutline = new boolean[1];
            MainViewModel vm = FxRuntime.call(() -> {
                MainViewModel model = new MainViewModel(parley.store(), parley.importer(), worker);
                model.timelineIndexProperty().addListener((o, a, b) -> {
                    if (!read.isDone()) {
                        firstIsOutline[0] = model.outlineShownProperty().get();
                        read.complete(b);
                    }
                    if (!model.outlineShownProperty().get() && !complete.isDone()) {
                        completeAt[0] = System.nanoTime();
                        complete.complete(b);
                    }
                });
                model.refresh();
                return model;
            });
            TimelineProbe probe = TimelineProbe.open();
            long window = System.nanoTime();
            TimelineIndex index;
            TimelineIndex first = read.join();
            long loaded = System.nanoTime();
            long readCpu = threadCpuNanos(workerThread[0]);
            try (probe) {
                probe.show(first);
                long framed = System.nanoTime();
                long cpu = processCpuNanos() - cpu0;
                long jit = CpuTime.compilingMillis();
                long gc = gcMillis();
                int marks = probe.marksDrawn();
                boolean outline = firstIsOutline[0];
                index = complete.join();
                if (index != first) {
                    probe.show(index);
                }
                double seconds = (framed - t0) / 1e9;
                // CPU times next to wall times: on a shared machine they say what the work costs without the wait.
                table.add(String.format(Locale.ROOT, "launch to first full frame, %,d events%s", n,
                            storeDir instanceof StoreAddress.Server ? " (team store on PostgreSQL)" : ""),
                        String.format(Locale.ROOT, "%.2f s: toolkit %.2f, open store %.2f more (%.2f s from the"
                                        + " start, beside the toolkit), read store + index %.2f "
                                        + "(%.2f s CPU; window %.2f meanwhile), paint + render %.2f (%d marks); "
                                        + "process CPU %.2f s (JIT compilers %.2f, GC %.2f); %s", seconds,
                                (toolkit - t0) / 1e9, (opened - toolkit) / 1e9, openAlone, (loaded - opened) / 1e9,
                                readCpu / 1e9, (window - opened) / 1e9, (framed - loaded) / 1e9, marks,
                                cpu / 1e9, jit / 1e3, gc / 1e3, outline ? String.format(Locale.ROOT, "first frame from the events table "
                                        + "alone, complete snapshot (participants, sources, lanes) at %.2f s",
                                        (completeAt[0] - t0) / 1e9) : "first frame from the complete snapshot"),
                        "≤ 2 s", seconds <= 2);
                waitForSearch(vm);
                table.info("search covers the sentences", String.format(Locale.ROOT, "%.2f s after the first frame",
                        (System.nanoTime() - framed) / 1e9));
                if (runs(Part.launch)) {
                    frames(table, probe, centre(index), frames);
                }
                // Read before the window closes: what the open window with every row and sentence index retains.
                long live = HeapProbe.liveBytes();
                java.lang.ref.Reference.reachabilityFence(vm);
                table.info(String.format(Locale.ROOT, "live heap after a full GC, %,d events in the window", n),
                        String.format(Locale.ROOT, "%d MB", live >> 20));
            }
            long heap = HeapProbe.peakBytes();
            table.add(String.format(Locale.ROOT, "peak heap, %,d events loaded and drawn", n), heapFigure(heap),
                    "≤ 512 MB", heapMet(heap));
            if (!runs(Part.export)) {
                return;
            }
            // What the window's export menu hands the exporter: the timeline's index of rows and the sources.
            List<Source> sources = parley.store().sources();
            export(table, index, sources, 3840, 2160, 2, folder);
            export(table, index, sources, 20_000, 2_000, 8, folder);
            // Vector exports of the same page stay within the PNG export's time.
            for (VectorExporter.Format f : VectorExporter.Format.values()) {
                exportVector(table, index, sources, 3840, 2160, 2, folder, f);
            }
            long withExport = HeapProbe.peakBytes();
            table.add("peak heap, including the PNG exports", heapFigure(withExport), "≤ 512 MB",
                    heapMet(withExport));
        } finally {
            worker.shutdownNow();
        }
    }

    /**
     * The pools' peaks may add up to more than the heap ever held at once, so a run that finished under an -Xmx of
     * 512 MB or less also proves the target: the JVM could not have used more.
     */
    private static boolean heapMet(long peakSum) {
        return peakSum <= 512L << 20 || HeapProbe.maxBytes() <= 512L << 20;
    }

    private static String heapFigure(long peakSum) {
        String figure = String.format(Locale.ROOT, "%d MB (sum of heap pool peaks; -Xmx %d MB)", peakSum >> 20,
                HeapProbe.maxBytes() >> 20);
        return HeapProbe.maxBytes() <= 512L << 20 ? figure + ", completed within the limit" : figure;
    }

    /** CPU time of the whole JVM so far (all threads: JIT and collector too), or 0 where it is not known. */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }

    /** Time the collectors have spent so far (wall time of their pauses and cycles), in milliseconds. */
    private static long gcMillis() {
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static long threadCpuNanos(Thread t) {
        return t == null ? 0 : Math.max(0, java.lang.management.ManagementFactory.getThreadMXBean()
                .getThreadCpuTime(t.getId()));
    }

    private static void waitForSearch(MainViewModel vm) {
        while (!FxRuntime.call(() -> vm.sentencesSearchableProperty().get())) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Frames at every zoom level, then frames rendered to pixels, on the window of the first frame. */
    private static void frames(ResultTable table, TimelineProbe probe, double centre, int frames) {
        probe.frames(centre, TimelineProbe.Level.all().get(0).spanSeconds(), Math.max(10, frames / 4));
        for (TimelineProbe.Level level : TimelineProbe.Level.all()) {
            Samples s = probe.frames(centre, level.spanSeconds(), frames);
            table.add("frame while zooming/panning, " + level.name() + " in view",
                    String.format(Locale.ROOT, "median %.2f ms, p95 %.2f ms (%d frames, %d marks)",
                            s.medianMs(), s.p95Ms(), s.size(), probe.marksDrawn()), "p95 ≤ 16 ms",
                    s.p95Ms() <= 16);
        }
        Samples rendered = probe.renderedFrames(centre, TimelineProbe.Level.all().get(0).spanSeconds(),
                Math.max(5, frames / 4));
        table.info("frame rendered to pixels (snapshot), 10 years in view", String.format(Locale.ROOT,
                "median %.2f ms, p95 %.2f ms (%d frames)", rendered.medianMs(), rendered.p95Ms(),
                rendered.size()));
    }

    private void export(ResultTable table, TimelineIndex events, List<Source> sources, int w, int h,
                        double target, Path folder) {
        Path png = folder.resolve("export-" + w + "x" + h + ".png");
        long t0 = System.nanoTime();
        PngExporter.export(events, sources, new ExportOptions(w, h, null, null, "Scale benchmark"), png);
        double seconds = (System.nanoTime() - t0) / 1e9;
        table.add(String.format(Locale.ROOT, "export PNG %,d×%,d", w, h), String.format(Locale.ROOT,
                "%.2f s (%.1f MB file)", seconds, png.toFile().length() / 1e6),
                String.format(Locale.ROOT, "≤ %.0f s", target), seconds <= target);
    }

    private void exportVector(ResultTable table, TimelineIndex events, List<Source> sources, int w, int h,
                              double target, Path folder, VectorExporter.Format format) {
        Path file = folder.resolve("export-" + w + "x" + h + "." + format.extension());
        long t0 = System.nanoTime();
        VectorExporter.export(events, sources, new ExportOptions(w, h, null, null, "Scale benchmark"), file, format);
        double seconds = (System.nanoTime() - t0) / 1e9;
        table.add(String.format(Locale.ROOT, "export %s %,d×%,d", format, w, h), String.format(Locale.ROOT,
                "%.2f s (%.2f MB file)", seconds, file.toFile().length() / 1e6),
                String.format(Locale.ROOT, "≤ %.0f s", target), seconds <= target);
    }

    /** The middle of the dated events, where the frames are measured. */
    private static double centre(TimelineIndex index) {
        double[] extent = index.extent();
        return extent == null ? LocalDate.of(2021, 1, 1).toEpochDay() * TimeScale.DAY : (extent[0] + extent[1]) / 2;
    }

    private <T> T step(String what, Callable<T> work) {
        long t0 = System.nanoTime();
        try {
            T result = work.call();
            out.printf(Locale.ROOT, "%s: %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The app ships with C1 only (pom, installer); the figures mean most when the bench runs the same way. */
    private static String jitMode() {
        boolean c1Only = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.equals("-XX:TieredStopAtLevel=1"));
        return c1Only ? "JIT C1 only (as the app runs)" : "JIT C1 + C2 (the app runs C1 only: add -XX:TieredStopAtLevel=1)";
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("parley-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of the regular files in a folder (the store's database files). */
    static long folderBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
