package parley.domain;

/** Kinds of event on the timeline; the names are part of the JSON contract. */
public enum EventType {
    CALL, MEETING, SUMMIT, TALKS, VISIT, PRESS_CONFERENCE, STATEMENT, MILITARY, OTHER
}
