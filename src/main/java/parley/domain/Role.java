package parley.domain;

/** A participant's part in an event. ABSENT records someone the text says is not there. */
public enum Role {
    HOST, CHAIR, CO_CHAIR, ATTENDEE, JOINED, SPEAKER, ABSENT, MENTIONED;

    /** True for every role that means the participant takes part. */
    public boolean present() {
        return this != ABSENT && this != MENTIONED;
    }
}
