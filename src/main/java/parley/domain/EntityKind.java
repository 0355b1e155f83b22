package parley.domain;

/** What a participant is. */
public enum EntityKind {
    PERSON, ORGANISATION, COUNTRY
}
