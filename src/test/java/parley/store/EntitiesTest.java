package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import parley.domain.Entity;
import parley.domain.EntityKind;
import parley.domain.EventDate;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;

class EntitiesTest extends StoreTestBase {

    @Test
    void upsertingMergesAliasesByCanonicalName() {
        store.write(tx -> {
            tx.upsertEntities(List.of(
                    new Entity(0, "United Kingdom", EntityKind.COUNTRY, null, List.of("UK", "Britain")),
                    new Entity(0, "Volodymyr Zelensky", EntityKind.PERSON, "President of Ukraine", List.of("Zelensky"))));
            return null;
        });
        store.write(tx -> {
            tx.upsertEntities(List.of(
                    new Entity(0, "United Kingdom", EntityKind.COUNTRY, null, List.of("Britain", "London", "United Kingdom")),
                    new Entity(0, "United Kingdom", EntityKind.COUNTRY, null, List.of("the UK")),
                    new Entity(0, "Volodymyr Zelensky", EntityKind.PERSON, null, List.of("Zelenskyy"))));
            return null;
        });
        List<Entity> entities = store.entities();
        assertThat(entities).extracting(Entity::name).containsExactly("United Kingdom", "Volodymyr Zelensky");
        assertThat(entities.get(0).aliases()).containsExactly("Britain", "London", "UK", "the UK");
        assertThat(entities.get(1).aliases()).containsExactly("Zelensky", "Zelenskyy");
        // A later mention without a title keeps the known one.
        assertThat(entities.get(1).title()).isEqualTo("President of Ukraine");
        assertThat(entities.get(1).kind()).isEqualTo(EntityKind.PERSON);
    }

    @Test
    void participantsCreateMissingEntitiesAndReuseKnownOnes() {
        long source = Fixtures.storeSource(store, "a", 1, null, Set.of());
        store.write(tx -> {
            tx.upsertEntities(List.of(new Entity(0, "Emmanuel Macron", EntityKind.PERSON, "President of France",
                    List.of("Macron"))));
            tx.insertEvent(Fixtures.event(EventType.CALL, "Call", EventDate.day(LocalDate.of(2025, 8, 13)), source,
                    new Participant("Emmanuel Macron", EntityKind.PERSON, "President of France", Role.HOST),
                    new Participant("European Union", EntityKind.ORGANISATION, null, Role.ATTENDEE)));
            return tx.insertEvent(Fixtures.event(EventType.CALL, "Call again",
                    EventDate.day(LocalDate.of(2025, 8, 14)), source,
                    new Participant("European Union", EntityKind.ORGANISATION, null, Role.JOINED)));
        });
        assertThat(store.entities()).extracting(Entity::name, Entity::kind).containsExactly(
                tuple("Emmanuel Macron", EntityKind.PERSON),
                tuple("European Union", EntityKind.ORGANISATION));
        assertThat(store.entities().get(0).aliases()).containsExactly("Macron");
    }
}
