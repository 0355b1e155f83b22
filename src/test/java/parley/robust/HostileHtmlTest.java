package parley.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.Parley;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.domain.Source;

/**
 * Imported HTML is parsed, never executed or fetched from: a page full of remote resources, scripts and
 * {@code javascript:} links, all pointing at a server on loopback, is imported without a single connection to it and
 * without asking Java for a proxy for any address.
 */
class HostileHtmlTest {
    @TempDir
    Path temp;

    @Test
    void importingAPageFullOfRemoteResourcesMakesNoConnection() throws Exception {
        ProxySelector before = ProxySelector.getDefault();
        List<URI> asked = new CopyOnWriteArrayList<>();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            Path page = Files.writeString(temp.resolve("hostile page.html"), page(base));
            Path alsoTxt = Files.writeString(temp.resolve("hostile-saved-as.txt"), page(base));

            ImportSummary summary;
            try (Parley parley = Parley.open(temp.resolve("store"))) {
                summary = parley.importer().importPaths(List.of(page, alsoTxt), Importer.Progress.NONE);
                assertThat(summary.count(FileOutcome.Kind.FAILED)).as(summary.outcomes().toString()).isZero();
                for (Source s : parley.store().sources()) {
                    String text = parley.store().source(s.id()).orElseThrow().text();
                    assertThat(text).contains("The foreign ministers of Poland and France met in Warsaw")
                            .doesNotContain("fetch(", "document.cookie", "alert(", base);
                }
                assertThat(parley.store().events()).isNotEmpty();
            }

            server.setSoTimeout(300);
            try (Socket s = server.accept()) {
                throw new AssertionError("something connected to the page's server from " + s.getRemoteSocketAddress());
            } catch (SocketTimeoutException expected) {
                // Nobody came.
            }
            assertThat(asked).as("URIs Java was asked to connect to").isEmpty();
        } finally {
            ProxySelector.setDefault(before);
        }
    }

    private static String page(String base) {
        return "<!DOCTYPE html><html><head><title>Ministers meet in Warsaw</title>"
                + "<base href=\"" + base + "/base/\">"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "/refresh\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-06T08:00:00Z\">"
                + "<link rel=\"stylesheet\" href=\"" + base + "/style.css\">"
                + "<link rel=\"preload\" href=\"" + base + "/font.woff2\" as=\"font\">"
                + "<style>@import url('" + base + "/import.css'); body{background:url(" + base + "/bg.png)}</style>"
                + "<script src=\"" + base + "/script.js\"></script>"
                + "<script>fetch('" + base + "/inline'); document.cookie; alert(1);</script>"
                + "</head><body onload=\"fetch('" + base + "/onload')\">"
                + "<iframe src=\"" + base + "/frame\"></iframe>"
                + "<article><h1>Ministers meet in Warsaw</h1>"
                + "<p>The foreign ministers of Poland and France met in Warsaw on 6 May 2024 to discuss energy links,"
                + " officials said.</p>"
                + "<img src=\"" + base + "/photo.jpg\" srcset=\"" + base + "/photo-2x.jpg 2x\" alt=\"\">"
                + "<picture><source srcset=\"" + base + "/pic.webp\"></picture>"
                + "<video poster=\"" + base + "/poster.png\" src=\"" + base + "/clip.mp4\"></video>"
                + "<object data=\"" + base + "/object.swf\"></object><embed src=\"" + base + "/embed.swf\">"
                + "<svg><image href=\"" + base + "/svg.png\"/></svg>"
                + "<p>A joint statement is expected later in the week. <a href=\"javascript:fetch('" + base
                + "/js')\">Read more</a></p>"
                + "<form action=\"" + base + "/form\" method=\"post\"><input name=\"q\"></form>"
                + "</article></body></html>";
    }
}
