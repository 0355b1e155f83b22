package parley.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Rules read off the source code: where SQL text and XML parsers may appear. */
class SafetyRulesTest {
    private static final Path MAIN = Path.of("src", "main", "java");

    /**
     * Plain (unprepared) statements run only constant SQL: string literals, nothing concatenated from a variable.
     * The one exception is H2's BACKUP, which takes no parameters: its path is Parley's own, quotes doubled.
     */
    private static final Map<String, String> ALLOWED_DYNAMIC = Map.of("StoreBackup.java", "s.execute(sql)");
    private static final Pattern PLAIN_CALL = Pattern.compile(
            "\\.(execute|executeQuery|executeUpdate|executeLargeUpdate|addBatch)\\(\\s*([^)\\s][^;]*?)\\)\\s*[;){]",
            Pattern.DOTALL);
    private static final Pattern CONSTANT_SQL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"(?:\\s*\\+\\s*\"(?:[^\"\\\\]|\\\\.)*\")*");

    @Test
    void unpreparedStatementsRunOnlyConstantSql() throws IOException {
        List<String> offenders = new ArrayList<>();
        int calls = 0;
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            Matcher m = PLAIN_CALL.matcher(code);
            while (m.find()) {
                String argument = m.group(2).trim();
                if (!argument.startsWith("\"") && !looksLikeSql(code, argument)) {
                    continue; // executor.execute(task), commandLine.execute(args): not JDBC.
                }
                calls++;
                String call = "." + m.group(1) + "(" + argument + ")";
                boolean allowed = call.endsWith(ALLOWED_DYNAMIC.getOrDefault(file.getFileName().toString(), "\0")
                        .substring(1));
                if (!CONSTANT_SQL.matcher(argument).matches() && !allowed) {
                    offenders.add(file + ": " + call);
                }
            }
        }
        assertThat(calls).as("the scan finds the store's plain statements").isGreaterThanOrEqualTo(4);
        assertThat(offenders).isEmpty();
    }

    /**
     * No XML is parsed yet (no DOCX, no TimeML). The day a parser factory appears, this test demands that the same
     * file switches off DTDs and external entities (XXE).
     */
    @Test
    void xmlParsersForbidDtdsAndExternalEntities() throws IOException {
        List<String> unsafe = new ArrayList<>();
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            boolean parses = code.matches("(?s).*\\b(DocumentBuilderFactory|SAXParserFactory|XMLInputFactory"
                    + "|TransformerFactory|SchemaFactory|XMLReaderFactory)\\b.*");
            boolean locked = code.contains("disallow-doctype-decl") || code.contains("SUPPORT_DTD")
                    || code.contains("ACCESS_EXTERNAL_DTD");
            if (parses && !locked) {
                unsafe.add(file.toString());
            }
        }
        assertThat(unsafe).isEmpty();
    }

    /** A variable passed to a JDBC call on a line that builds or names SQL. */
    private static boolean looksLikeSql(String code, String variable) {
        return variable.matches("\\w+") && code.matches("(?s).*String " + variable + " = \"(SELECT|INSERT|UPDATE"
                + "|DELETE|BACKUP|CREATE|DROP|ALTER|SHUTDOWN|SCRIPT|MERGE|CALL)\\b.*");
    }

    private static List<Path> javaFiles() throws IOException {
        assertThat(MAIN).as("run from the project folder").isDirectory();
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
