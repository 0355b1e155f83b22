package parley.extract;

import java.util.List;
import java.util.regex.Pattern;

import parley.domain.EntityKind;

/**
 * Organisations named in a sentence without acting in it: an organisation takes part only as the agent of a clause
 * (PETRARCH's source or target), never as the source of what is reported ("according to the White House", "the
 * Kremlin said Putin and Trump spoke") nor as a place ("met at the White House", "arrived in the Kremlin").
 */
final class NotActors {
    /** "according to the White House", "according to a Kremlin readout". */
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to(?:\\s+(?:the|a|an))?\\s*$");
    /** "at the White House", "arrived in the Kremlin", "visited the Élysée", "leaving the White House". */
    private static final Pattern PLACE = Pattern.compile("(?i)\\b(?:at|in|inside|outside|into|leaving|left|leaves"
            + "|visit|visits|visited|visiting|entered|reached"
            // "met on the margins of the UN General Assembly" (session 13): the body whose session is the setting
            + "|on\\s+the\\s+(?:margins|sidelines|fringes)\\s+of)(?:\\s+the)?\\s*$");
    /** "The White House said …", "the Kremlin confirmed": the organisation reports; it does not act. */
    private static final Pattern REPORTS = Pattern.compile("^['’]?s?\\s+(?:has\\s+|had\\s+|also\\s+|later\\s+)?"
            + "(?:said|says|confirmed|confirms|announced|announces|stated|states|noted|notes|added|adds|reported"
            + "|reports|valued|described|insisted|denied|denies|warned|claimed|claims|welcomed|welcomes)\\b");
    /** "said in a statement", "in a statement, the Commission said": the speaker of a statement, an event. */
    private static final Pattern SPEECH = Pattern.compile("\\b(?:statement|readout|communiqu[eé]|on X|on Telegram"
            + "|on Truth Social|press release|declaration)\\b");
    /** "at the NATO summit", "in the G7 meeting": an organisation naming the event is its participant. */
    private static final Pattern EVENT_NOUN = Pattern.compile("^\\s+(?:summit|summits|meeting|meetings|talks"
            + "|conference|session|gathering|ministerial|leaders|foreign ministers)\\b");

    private NotActors() {
    }

    /** "Foreign Ministry spokesman", "White House Press Secretary": people whose office is to speak for others. */
    private static final Pattern SPOKESPERSON = Pattern.compile("(?i)\\b(?:spokes(?:man|woman|person)|press secretary)\\b");

    /**
     * The participants an analyst files the event under: a spokesperson comments on a meeting, call or talks, or
     * announces them, and takes no part in them (the guidelines: who made a call is the caller, not who announced
     * it) when at least two others take part; they remain the speakers of statements and press conferences, and one
     * of a pair ("spokesman X met Y"). A country goes when a person of that
     * country takes part ("Iranian and U.S. negotiators …; Araghchi led his country's team"): the guidelines name
     * the people, and a country only when no one is named for it. Nothing goes when no one else would remain.
     *
     * @param countryOf the country key of each person and country the article named, by name
     */
    static parley.domain.Event filed(parley.domain.Event e, java.util.Map<String, String> countryOf) {
        boolean statement = e.type() == parley.domain.EventType.STATEMENT
                || e.type() == parley.domain.EventType.PRESS_CONFERENCE;
        java.util.Set<String> peoplesCountries = new java.util.HashSet<>();
        for (parley.domain.Participant p : e.participants()) {
            if (p.kind() == EntityKind.PERSON && p.role().present() && !spokesperson(p) && countryOf.get(p.name()) != null) {
                peoplesCountries.add(countryOf.get(p.name()));
            }
        }
        int others = 0;
        for (parley.domain.Participant p : e.participants()) {
            others += p.role().present() && !spokesperson(p) ? 1 : 0;
        }
        // a spokesperson who meets someone ("spokesman X met Y") is one of the pair; beside a pair, a commenter
        boolean commenters = !statement && others >= 2;
        List<parley.domain.Participant> kept = new java.util.ArrayList<>(e.participants().size());
        boolean other = false;
        for (parley.domain.Participant p : e.participants()) {
            boolean drop = (commenters && spokesperson(p))
                    || (p.kind() == EntityKind.COUNTRY && peoplesCountries.contains(countryOf.get(p.name())));
            if (!drop) {
                kept.add(p);
                other |= p.role().present();
            }
        }
        if (!other || kept.size() == e.participants().size()) {
            return e;
        }
        return new parley.domain.Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                kept, e.mentions(), e.disagreements());
    }

    private static boolean spokesperson(parley.domain.Participant p) {
        return p.kind() == EntityKind.PERSON && p.title() != null && SPOKESPERSON.matcher(p.title()).find();
    }

    /** Removes from {@code found} the organisations of text[s, e) that only report or locate. */
    static void drop(String text, int s, int e, List<EntityMention> found) {
        found.removeIf(m -> m.entity().kind() == EntityKind.ORGANISATION && !acts(text, s, e, m)
                || namesAThing(text, s, e, m));
    }

    /** "the Israel–Hamas agreement", "the US-China trade war": the sides of a thing, not people at an event. */
    private static final Pattern SIDES_OF_A_THING = Pattern.compile("^(?:[–—-]\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)?"
            + "\\s+(?:trade\\s+|peace\\s+|nuclear\\s+|ceasefire\\s+|hostage\\s+|security\\s+)?(?:agreement|accord|deal"
            + "|ceasefire|truce|war|conflict|border|relations|ties|rivalry|dispute|framework|pact|treaty)\\b");
    private static final Pattern DASH_BEFORE = Pattern.compile("\\p{L}[–—-]$");

    /**
     * A name in a dash compound that names an agreement, a war or a relationship ("the Israel–Hamas agreement") is
     * no participant of the sentence's event; "the Trump–Putin summit" still names its people.
     */
    private static boolean namesAThing(String text, int s, int e, EntityMention m) {
        boolean dashAfter = m.end() < e && "–—-".indexOf(text.charAt(m.end())) >= 0;
        boolean dashBefore = m.start() - s >= 2 && DASH_BEFORE.matcher(text.substring(m.start() - 2, m.start())).find();
        if (!dashAfter && !dashBefore) {
            return false;
        }
        String after = text.substring(m.end(), Math.min(e, m.end() + 60));
        return SIDES_OF_A_THING.matcher(after).find();
    }

    private static boolean acts(String text, int s, int e, EntityMention m) {
        String before = text.substring(Math.max(s, m.start() - 32), m.start());
        String after = text.substring(m.end(), Math.min(e, m.end() + 40));
        if (ACCORDING.matcher(before).find()) {
            return false;
        }
        if (PLACE.matcher(before).find() && !EVENT_NOUN.matcher(after).find()) {
            return false;
        }
        return !REPORTS.matcher(after).find() || SPEECH.matcher(text.substring(s, e)).find();
    }
}
