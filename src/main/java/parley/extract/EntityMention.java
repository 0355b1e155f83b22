package parley.extract;

/** A name (or title standing for a name) found in the text. Offsets are into the article text. */
record EntityMention(int start, int end, String surface, KnownEntity entity) {
}
