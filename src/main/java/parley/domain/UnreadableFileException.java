package parley.domain;

/** A file Parley cannot read, with a reason a person understands ("empty file", "encrypted PDF"). */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
