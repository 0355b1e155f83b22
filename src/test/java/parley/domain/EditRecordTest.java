package parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class EditRecordTest {
    @Test
    void whoNamesTheLoginOnlyWhenThereIsOneThatSaysMore() {
        assertThat(new EditRecord(1, 2L, null, "ana", Instant.EPOCH, "confirm", null).who()).isEqualTo("ana");
        assertThat(new EditRecord(1, 2L, null, "ana", Instant.EPOCH, "confirm", null, "ana").who()).isEqualTo("ana");
        assertThat(new EditRecord(1, 2L, null, "ana", Instant.EPOCH, "confirm", null, "desk_ana").who())
                .isEqualTo("ana (login desk_ana)");
    }
}
