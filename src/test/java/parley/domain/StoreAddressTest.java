package parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StoreAddressTest {
    @Test
    void aFolderIsAnyTextThatIsNotAServerUrl() {
        assertThat(StoreAddress.parse("crisis-desk")).isEqualTo(new StoreAddress.Folder(
                Path.of("crisis-desk").toAbsolutePath()));
        assertThat(StoreAddress.parse("/data/postgresql/store")).isInstanceOf(StoreAddress.Folder.class);
        assertThat(StoreAddress.parse("https://example.org/x")).isInstanceOf(StoreAddress.Folder.class);
    }

    @Test
    void everyPartOfAServerUrlIsRead() {
        StoreAddress a = StoreAddress.parse("postgresql://ana:s%40cret+1@db.example:6543/crisis?sslmode=verify-full");
        assertThat(a).isEqualTo(new StoreAddress.Server("db.example", 6543, "crisis", "ana", "s@cret+1",
                Map.of("sslmode", "verify-full")));
        assertThat(((StoreAddress.Server) a).sslMode()).isEqualTo("verify-full");
    }

    @Test
    void theLoginAndPortAreOptional() {
        assertThat(StoreAddress.parse("postgres://db.example/crisis"))
                .isEqualTo(new StoreAddress.Server("db.example", 5432, "crisis", null, null, Map.of()));
        assertThat(StoreAddress.parse("postgresql://ana@[::1]:7000/crisis"))
                .isEqualTo(new StoreAddress.Server("::1", 7000, "crisis", "ana", null, Map.of()));
    }

    @Test
    void aPasswordNeverShowsInTheDisplayOrToString() {
        StoreAddress a = StoreAddress.parse("postgresql://ana:hunter2@db.example/crisis");
        assertThat(a.display()).isEqualTo("postgresql://ana@db.example/crisis");
        assertThat(a.toString()).doesNotContain("hunter2");
    }

    @Test
    void aMalformedUrlSaysWhatIsWrongWithoutThePassword() {
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://ana:hunter2@db.example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no database")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://db.example:54x2/crisis"))
                .hasMessageContaining("'54x2' is not a number");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql:///crisis")).hasMessageContaining("names no host");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://db.example/crisis?sslmode=sometimes"))
                .hasMessageContaining("sslmode must be one of");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://db.example/crisis?password=x"))
                .hasMessageContaining("give the password before the host");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://db.example/crisis?target_session_attrs=any"))
                .hasMessageContaining("does not know the parameter 'target_session_attrs'");
    }
}
