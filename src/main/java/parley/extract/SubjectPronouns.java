package parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import parley.domain.EntityKind;
import parley.extract.text.Tokens;

/**
 * "He" and "she" before any name of their sentence stand for the person the story was last about: "Trump leaves
 * on a tour on Sunday. He is due to arrive in Riyadh on Tuesday"; "Rubio said … . He spoke to the army chief on
 * Friday"; "Leaving the base on Tuesday, she told reporters …"; "After the signing he took part in the summit". News copy names a person once and goes on with a
 * pronoun, so without this the event of the second sentence has no one in it. Only a subject pronoun that comes
 * before any name of its sentence is read, and only back to the subject (first person named) of one of the last
 * few sentences; a pronoun further into the sentence has a nearer antecedent ("Jaishankar said he …") that the
 * clause rules already give the event.
 */
final class SubjectPronouns {
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** How many sentences back the antecedent may be. */
    private static final int REACH = 3;

    private KnownEntity last;
    private int age = REACH + 1;

    /**
     * The sentence's names with its leading "he"/"she" added as a mention of the person it stands for; notes the
     * sentence's own subject for the sentences after it.
     */
    List<EntityMention> resolve(Tokens tokens, int from, int to, List<EntityMention> names, BitSet quoted) {
        List<EntityMention> out = labelled(tokens, from, to, names, quoted);
        if (out == null) {
            out = resolveNamed(tokens, from, to, described(tokens, from, to, names, quoted), quoted);
        }
        List<EntityMention> people = new ArrayList<>();
        for (EntityMention n : out) {
            if (n.entity().kind() == EntityKind.PERSON) {
                people.add(n);
            }
        }
        recentPeople.addLast(people);
        if (recentPeople.size() > HOLDER_REACH) {
            recentPeople.removeFirst();
        }
        return out;
    }

    /** How many sentences back "the new patriarch" or a label's role may find the one who holds it. */
    private static final int HOLDER_REACH = 3;
    /** The people of the latest sentences with where they were named (newest last). */
    private final java.util.ArrayDeque<List<EntityMention>> recentPeople = new java.util.ArrayDeque<>();

    /**
     * A label line's pronoun: "Envoy in Lusaka: she is due on Thursday", "- Kamau, envoy: he flies on Friday" (session
     * 15). The label names the person, or a role the person named in the last sentences holds, or nothing: then the
     * story's last subject. Null when the sentence is no "label: he/she" line.
     */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "\\s*(?:[-*•–]\\s+)?(?:\\*\\*)?([^:.!?\\n\"“”]{2,50}?)(?:\\*\\*)?\\s*:\\s*(?:\\*\\*\\s*)?(?i:he|she)\\b");

    private static final parley.extract.text.WordSet COLON = new parley.extract.text.WordSet(":");

    private List<EntityMention> labelled(Tokens tokens, int from, int to, List<EntityMention> names, BitSet quoted) {
        if (from >= to) {
            return null;
        }
        String text = tokens.text();
        int rs = tokens.start(from);
        int re = tokens.end(to - 1);
        if (tokens.hits().first(COLON, rs, re) < 0) {
            return null; // every label holds its colon: most sentences are turned away without the pattern
        }
        java.util.regex.Matcher m = LABEL.matcher(text).region(rs, re);
        if (!m.lookingAt() || quoted.get(m.end() - 1)) {
            return null;
        }
        int labelEnd = m.end(1);
        KnownEntity who = null;
        for (EntityMention n : names) {
            if (n.start() < labelEnd && n.entity().kind() == EntityKind.PERSON) {
                who = n.entity(); // "Kamau, envoy: she …"
                break;
            }
        }
        if (who == null) {
            Tokens label = Tokens.of(m.group(1));
            for (int i = 0; i < label.size() && who == null; i++) {
                if (TitledPeople.roleHead(label.folded(i))) {
                    who = holder(text, label.folded(i));
                }
            }
        }
        if (who == null && last != null && age <= REACH) {
            who = last;
        }
        if (who == null) {
            return null;
        }
        int p = m.end() - (text.charAt(m.end() - 2) == 'h' ? 2 : 3);
        List<EntityMention> out = new ArrayList<>(names);
        out.add(new EntityMention(p, m.end(), text.substring(p, m.end()), who));
        out.sort(Comparator.comparingInt(EntityMention::start));
        last = who;
        age = 1;
        return out;
    }

    /** Adjectives that describe a role holder told before: "the new patriarch", "the veteran envoy". */
    private static final String DESCRIBING = "(?:new|newly[ -](?:elected|appointed|named)|veteran|incoming|outgoing"
            + "|acting|interim|special|former|experienced|seasoned|visiting|embattled|elderly|young|long-serving"
            + "|recently appointed|chief|top|senior)";
    /** "The new patriarch", "On Tuesday the veteran envoy": a role told as the sentence's subject, with no name. */
    private static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile("(?i)\\s*(?:(?:on|in|at"
            + "|later|then|afterwards|earlier|next|last|this|that)\\b[^,.;:]{0,30}?,?\\s+)?(the\\s+(?:" + DESCRIBING
            + "\\s+){0,2})(\\p{Ll}[\\p{Ll}-]+)\\b");
    /** Roles of no one taking part (commenters, a vague "official") or of no single person. */
    private static final Set<String> NOT_HOLDERS = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
            "member", "counterpart", "aide", "adviser", "advisor", "head", "chief", "leader", "diplomat");
    /** Religious and royal roles titles.tsv leaves out as heads: "the new patriarch". */
    private static final Set<String> MORE_ROLES = Set.of("patriarch", "pope", "pontiff", "cardinal", "archbishop",
            "bishop", "monarch", "metropolitan", "imam", "rabbi");

    /**
     * "The Synod elected X as patriarch. The new patriarch met …": the role told as the subject, before any name of
     * its sentence, stands for the one person the last sentences named with that role word beside them (session 15).
     */
    private List<EntityMention> described(Tokens tokens, int from, int to, List<EntityMention> names, BitSet quoted) {
        if (from >= to) {
            return names;
        }
        String text = tokens.text();
        java.util.regex.Matcher m = DESCRIBED.matcher(text).region(tokens.start(from), tokens.end(to - 1));
        if (!m.lookingAt() || quoted.get(m.start(2))) {
            return names;
        }
        String noun = m.group(2).toLowerCase(java.util.Locale.ROOT);
        if (NOT_HOLDERS.contains(noun) || !(TitledPeople.roleHead(noun) || MORE_ROLES.contains(noun))
                || names.stream().anyMatch(n -> n.start() < m.end(2))) {
            return names; // a name at or before the phrase: the finders read it already ("the president" of X)
        }
        KnownEntity who = holder(text, noun);
        if (who == null) {
            return names;
        }
        int start = m.start(1);
        List<EntityMention> out = new ArrayList<>(names);
        out.add(new EntityMention(start, m.end(2), text.substring(start, m.end(2)), who));
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /**
     * The one person of the last sentences whose title has the role word, or who was named with it close by ("elected
     * X as patriarch", "X, the envoy"); null when none or more than one.
     */
    private KnownEntity holder(String text, String noun) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(noun)
                + "\\b");
        KnownEntity found = null;
        for (List<EntityMention> sentence : recentPeople) {
            for (EntityMention n : sentence) {
                String title = n.entity().title() == null ? "" : n.entity().title();
                boolean holds = word.matcher(title).find() || word.matcher(text).region(Math.max(0, n.start() - 40),
                        Math.min(text.length(), n.end() + 40)).find() && near(text, n, word);
                if (holds && found != null && !found.equals(n.entity())) {
                    return null;
                }
                if (holds) {
                    found = n.entity();
                }
            }
        }
        return found;
    }

    /** The role word is in the person's own stretch: no other sentence end between them. */
    private static boolean near(String text, EntityMention n, java.util.regex.Pattern word) {
        java.util.regex.Matcher w = word.matcher(text).region(Math.max(0, n.start() - 40),
                Math.min(text.length(), n.end() + 40));
        while (w.find()) {
            int a = Math.min(w.start(), n.start());
            int b = Math.max(w.end(), n.end());
            if (text.substring(a, b).chars().noneMatch(c -> c == '.' || c == '\n' || c == ';')) {
                return true;
            }
        }
        return false;
    }

    private List<EntityMention> resolveNamed(Tokens tokens, int from, int to, List<EntityMention> names,
                                             BitSet quoted) {
        int firstName = names.isEmpty() ? Integer.MAX_VALUE : names.get(0).start();
        KnownEntity subject = null;
        for (EntityMention n : names) {
            if (n.entity().kind() == EntityKind.PERSON) {
                subject = n.entity();
                break;
            }
        }
        List<EntityMention> out = names;
        KnownEntity ahead = cataphoric(tokens, from, to, names, firstName, quoted);
        if (ahead != null) {
            return withPronoun(tokens, from, to, names, firstName, quoted, ahead);
        }
        if (last != null && age <= REACH) {
            for (int i = from; i < to && i < from + 30; i++) {
                if (tokens.start(i) >= firstName) {
                    break;
                }
                if (PRONOUNS.contains(tokens.folded(i)) && !quoted.get(tokens.start(i))) {
                    out = new ArrayList<>(names);
                    out.add(new EntityMention(tokens.start(i), tokens.end(i), tokens.text().substring(tokens.start(i),
                            tokens.end(i)), last));
                    out.sort(Comparator.comparingInt(EntityMention::start));
                    subject = last; // "He met X. He then flew on": still the same person
                    break;
                }
            }
        }
        if (subject != null) {
            out = coordinated(tokens, from, to, out, subject, quoted);
            last = subject;
            age = 1;
        } else {
            age++;
        }
        return out;
    }

    /** Words that open a clause fronted before the sentence's subject: "After his Riyadh stop (where he met X), Trump …". */
    private static final Set<String> FRONTING = Set.of("after", "before", "following", "once", "when", "while",
            "having", "although", "though", "as", "during", "on", "until");

    /**
     * "After his stop in Riyadh (where, on Wednesday, he met al-Sharaa), Trump flew to Doha": a "he"/"she" inside a
     * clause fronted before the main clause stands for the main clause's subject, the person named right after the
     * comma that closes it (outside brackets); null when the sentence is not so built.
     */
    private static KnownEntity cataphoric(Tokens tokens, int from, int to, List<EntityMention> names, int firstName,
                                          BitSet quoted) {
        if (from >= to || names.isEmpty() || !FRONTING.contains(tokens.folded(from))) {
            return null;
        }
        int pronoun = -1;
        for (int i = from + 1; i < to && i < from + 30 && tokens.start(i) < firstName; i++) {
            if (PRONOUNS.contains(tokens.folded(i)) && !quoted.get(tokens.start(i))) {
                pronoun = i;
                break;
            }
        }
        if (pronoun < 0) {
            return null;
        }
        int depth = 0;
        for (int i = from + 1; i < to && i < from + 60; i++) {
            String w = tokens.folded(i);
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (w.equals(",") && depth == 0 && i > pronoun) {
                int comma = tokens.end(i);
                for (EntityMention n : names) {
                    if (n.start() >= comma) {
                        boolean next = n.entity().kind() == EntityKind.PERSON && n.start() - comma <= 40
                                && SUBJECT_LEAD.matcher(tokens.text()).region(comma, n.start()).matches();
                        return next ? n.entity() : null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Between the comma and the subject: nothing but a title or a possessive country ("US President"). */
    private static final java.util.regex.Pattern SUBJECT_LEAD = java.util.regex.Pattern.compile(
            "\\s*(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,4}");

    private List<EntityMention> withPronoun(Tokens tokens, int from, int to, List<EntityMention> names, int firstName,
                                            BitSet quoted, KnownEntity who) {
        List<EntityMention> out = new ArrayList<>(names);
        for (int i = from; i < to && i < from + 30 && tokens.start(i) < firstName; i++) {
            if (PRONOUNS.contains(tokens.folded(i)) && !quoted.get(tokens.start(i))) {
                out.add(new EntityMention(tokens.start(i), tokens.end(i), tokens.text().substring(tokens.start(i),
                        tokens.end(i)), who));
                break;
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        last = who;
        age = 1;
        return coordinated(tokens, from, to, out, who, quoted);
    }

    /**
     * "Witkoff said on Sunday that he had spoken to Merz", "told reporters she would travel": the pronoun right after
     * the subject's own reporting verb is the subject (no other person between them, as for a coordinated clause).
     */
    private static final java.util.regex.Pattern REPORTED_LEAD = java.util.regex.Pattern.compile("(?i)\\b(?:said"
            + "|says|added|confirmed|announced|told\\s+(?:reporters|journalists))(?:\\s+(?:late\\s+|early\\s+)?on\\s+"
            + "\\p{L}+)?(?:\\s+that)?\\s+$");

    /** Words between a reported pronoun and its verb: "he had", "she would also". */
    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "would", "will", "could", "might",
            "may", "did", "also", "then", "later", "already", "personally", "'d", "’d");
    /**
     * Verbs that make the reported clause what the speaker thinks or is, not what they did: "he hoped the talks would
     * resume" puts the speaker in no talks.
     */
    private static final Set<String> NOT_ACTING = Set.of("hoped", "hopes", "hope", "expected", "expects", "expect",
            "wanted", "wants", "want", "believed", "believes", "believe", "thought", "thinks", "think", "feared",
            "fears", "fear", "was", "is", "were", "are", "be", "been", "remained", "remains", "felt", "feels", "knew",
            "knows", "saw", "sees", "doubted", "doubts", "not", "never", "welcomed", "welcomes", "said", "says",
            "told", "understood", "supported", "supports", "opposed", "opposes");

    /** The reported pronoun is the subject of an act: the first word after its auxiliaries is no verb of mind. */
    private static boolean actsNext(Tokens tokens, int from, int to) {
        int i = from;
        while (i < to && AUXILIARIES.contains(tokens.folded(i))) {
            i++;
        }
        return i < to && !NOT_ACTING.contains(tokens.folded(i));
    }

    /** Conjunctions that open a coordinated clause which may go on with the sentence's subject as a pronoun. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "then");

    /**
     * "Starmer took part in the summit, and on the sidelines he met Carney": a "he"/"she" opening a clause coordinated
     * after a comma ("…, and he", "…, but later she") or reported by the subject ("X said he had met") stands for the
     * sentence's subject when no other person is named between them; with another person in between ("Starmer hosted
     * Carney, and he said …") it is left unread.
     */
    private static List<EntityMention> coordinated(Tokens tokens, int from, int to, List<EntityMention> names,
            KnownEntity subject, BitSet quoted) {
        int subjectEnd = -1;
        for (EntityMention n : names) {
            if (n.entity() == subject) {
                subjectEnd = n.end();
                break;
            }
        }
        if (subjectEnd < 0) {
            return names;
        }
        for (int i = tokens.indexAt(subjectEnd); i < to; i++) {
            if (!PRONOUNS.contains(tokens.folded(i)) || quoted.get(tokens.start(i)) || tokens.start(i) < subjectEnd) {
                continue;
            }
            // a comma and a conjunction at most four words before the pronoun
            int conj = -1;
            for (int k = i - 1; k > i - 6 && k > from; k--) {
                if (COORDINATORS.contains(tokens.folded(k)) && ",".equals(tokens.folded(k - 1))) {
                    conj = k;
                    break;
                }
                if (!Character.isLetterOrDigit(tokens.folded(k).charAt(0))) {
                    break;
                }
            }
            int at = tokens.start(i);
            if (conj < 0 && (!REPORTED_LEAD.matcher(tokens.text()).region(Math.max(subjectEnd, at - 48), at).find()
                    || !actsNext(tokens, i + 1, to))) {
                continue;
            }
            int after = subjectEnd;
            boolean other = names.stream().anyMatch(n -> n.start() >= after && n.start() < at
                    && n.entity() != subject && n.entity().kind() == EntityKind.PERSON);
            if (other) {
                return names;
            }
            List<EntityMention> out = new ArrayList<>(names);
            out.add(new EntityMention(at, tokens.end(i), tokens.text().substring(at, tokens.end(i)), subject));
            out.sort(Comparator.comparingInt(EntityMention::start));
            return out;
        }
        return names;
    }
}
