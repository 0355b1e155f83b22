package parley.domain;

/** Whether an event took place, is planned, only proposed, or called off. */
public enum EventStatus {
    HELD, PLANNED, PROPOSED, CANCELLED
}
