package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The packed form of an event's participants gives back exactly what was packed, in order. */
class PackedParticipantsTest {
    @Test
    void participantsComeBackInOrderWithTheirRolesAndTitles() {
        List<PackedParticipants.Packed> people = List.of(
                new PackedParticipants.Packed(7, "HOST", "Président de la République"),
                new PackedParticipants.Packed(Long.MAX_VALUE, "ABSENT", null),
                new PackedParticipants.Packed(3, "ATTENDEE", ""));
        assertThat(PackedParticipants.unpack(PackedParticipants.pack(people))).isEqualTo(people);
    }

    @Test
    void noParticipantsIsNullAndReadsBackEmpty() {
        assertThat(PackedParticipants.pack(List.of())).isNull();
        assertThat(PackedParticipants.pack(null)).isNull();
        assertThat(PackedParticipants.unpack(null)).isEmpty();
    }

    @Test
    void aTitleLongerThanSixtyFourKilobytesIsKeptWhole() {
        String title = "é".repeat(40_000); // 80,000 bytes in UTF-8
        List<PackedParticipants.Packed> people = List.of(new PackedParticipants.Packed(1, "SPEAKER", title));
        assertThat(PackedParticipants.unpack(PackedParticipants.pack(people))).isEqualTo(people);
    }

    @Test
    void anUnknownLayoutIsRefusedWithAReason() {
        byte[] packed = PackedParticipants.pack(List.of(new PackedParticipants.Packed(1, "HOST", null)));
        packed[0] = 9;
        assertThatThrownBy(() -> PackedParticipants.unpack(packed)).isInstanceOf(StoreException.class)
                .hasMessageContaining("layout 9");
    }
}
