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
        int firstName = names.isEmpty() ? Integer.MAX_VALUE : names.get(0).start();
        KnownEntity subject = null;
        for (EntityMention n : names) {
            if (n.entity().kind() == EntityKind.PERSON) {
                subject = n.entity();
                break;
            }
        }
        List<EntityMention> out = names;
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

    /** Conjunctions that open a coordinated clause which may go on with the sentence's subject as a pronoun. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "then");

    /**
     * "Starmer took part in the summit, and on the sidelines he met Carney": a "he"/"she" opening a clause coordinated
     * after a comma ("…, and he", "…, but later she") stands for the sentence's subject when no other person is named
     * between them; with another person in between ("Starmer hosted Carney, and he said …") it is left unread.
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
            if (conj < 0) {
                continue;
            }
            int at = tokens.start(i);
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
