/**
 * The scale benchmark: a seeded synthetic corpus ({@link parley.bench.CorpusGenerator}) and synthetic store
 * ({@link parley.bench.StoreGenerator}), and {@link parley.bench.ScaleBenchmark}, which measures import throughput,
 * extraction, size on disk, launch to first timeline frame, frame times while zooming and panning, PNG export and
 * peak heap, and prints them next to the targets. It may use every other package; nothing depends on it.
 */
package parley.bench;
