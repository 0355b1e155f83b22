package parley.review;

/** One analyst edit that can be undone and redone. Each step is one store transaction. */
public interface EditCommand {
    /** For the Edit menu: "Change date of 'Call: Starmer, Zelensky' to 2025-08-14". */
    String description();

    /** Makes the edit the first time. */
    void execute();

    /** Puts back what was there before {@link #execute()}. */
    void undo();

    /** Makes the edit again after {@link #undo()}, with the same ids. */
    void redo();

    /**
     * Makes the command refuse to run (with {@link parley.domain.EventChangedException}) when any event it changes
     * is no longer stored at the version given here: the versions the analyst saw when choosing the edit, by event
     * id. Ids missing from the map are not checked. Returns this command.
     */
    default EditCommand expecting(java.util.Map<Long, Long> seenVersions) {
        return this;
    }

    /** The versions this command left its events at after its last step, by id (empty when unknown). */
    default java.util.Map<Long, Long> versions() {
        return java.util.Map.of();
    }

    /** The events this edit created or changed, for selecting them afterwards (empty when none). */
    default java.util.List<Long> eventIds() {
        return java.util.List.of();
    }
}
