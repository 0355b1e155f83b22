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

    /** The events this edit created or changed, for selecting them afterwards (empty when none). */
    default java.util.List<Long> eventIds() {
        return java.util.List.of();
    }
}
