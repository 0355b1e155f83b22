package parley.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import parley.domain.EventDate;
import parley.domain.Precision;

/** Each category of time expression, in sentences of our own, resolved against Thursday 6 March 2025. */
class DateResolverTest {
    static final LocalDate THU_6_MAR = LocalDate.of(2025, 3, 6);

    /** The first expression of the sentence, resolved with the sentence's tense. */
    static Resolution first(String sentence, LocalDate anchor, EventDate previous) {
        List<Timex> found = TimexTagger.tag(sentence);
        assertThat(found).as("expressions in: " + sentence).isNotEmpty();
        return DateResolver.resolve(found.get(0), anchor, TenseDetector.of(sentence), previous);
    }

    static Resolution first(String sentence) {
        return first(sentence, THU_6_MAR, null);
    }

    @Nested
    class Weekdays {
        @Test
        void futureClauseGoesForward() {
            Resolution r = first("The foreign ministers will meet in Geneva on Monday.");
            assertThat(r.date()).isEqualTo(EventDate.day(LocalDate.of(2025, 3, 10)));
            assertThat(r.derivation().phrase()).isEqualTo("on Monday");
            assertThat(r.derivation().anchor()).isEqualTo("article of Thu 6 Mar 2025");
            assertThat(r.derivation().rule()).isEqualTo("weekday, forward (future clause)");
            assertThat(r.derivation().result()).isEqualTo("Mon 10 Mar 2025");
        }

        @Test
        void pastClauseGoesBackward() {
            Resolution r = first("The envoy said on Monday that progress had been made.");
            assertThat(r.date().start()).isEqualTo(LocalDate.of(2025, 3, 3));
            assertThat(r.derivation().rule()).isEqualTo("weekday, backward (past clause)");
        }

        @Test
        void theArticlesOwnWeekdayIsTheSameDay() {
            assertThat(first("The chancellor spoke on Thursday.").date().start()).isEqualTo(THU_6_MAR);
            assertThat(first("The chancellor will speak on Thursday.").date().start()).isEqualTo(THU_6_MAR);
        }

        @Test
        void lastAndNextAreStrict() {
            assertThat(first("They met last Thursday.").date().start()).isEqualTo(LocalDate.of(2025, 2, 27));
            assertThat(first("They meet again next Thursday.").date().start()).isEqualTo(LocalDate.of(2025, 3, 13));
        }

        @Test
        void possessiveWeekday() {
            Resolution r = first("Ahead of Saturday's summit, the hosts were nervous.");
            assertThat(r.date().start()).isEqualTo(LocalDate.of(2025, 3, 8));
            assertThat(r.derivation().phrase()).isEqualTo("Saturday's");
        }

        @Test
        void presentTenseTakesTheNearest() {
            assertThat(first("Pictured: the delegation arrives on Tuesday").date().start())
                    .isEqualTo(LocalDate.of(2025, 3, 4));
        }
    }

    @Nested
    class FromThePreviousEvent {
        @Test
        void withinHoursIsTheSameDayAsTheEventJustTold() {
            EventDate before = EventDate.day(LocalDate.of(2025, 3, 4));
            assertThat(first("Within hours the other side answered with strikes.", THU_6_MAR, before).date())
                    .isEqualTo(before);
            assertThat(first("The reply came within minutes.", THU_6_MAR, before).date()).isEqualTo(before);
        }
    }

    @Nested
    class Deictic {
        @Test
        void todayYesterdayTomorrow() {
            assertThat(first("The talks resume today.").date().start()).isEqualTo(THU_6_MAR);
            assertThat(first("The minister flew home yesterday.").date().start()).isEqualTo(LocalDate.of(2025, 3, 5));
            assertThat(first("The minister flies out tomorrow.").date().start()).isEqualTo(LocalDate.of(2025, 3, 7));
        }

        @Test
        void thisEveningIsTheArticleDay() {
            Resolution r = first("She will address parliament this evening.");
            assertThat(r.date().start()).isEqualTo(THU_6_MAR);
            assertThat(r.derivation().result()).isEqualTo("Thu 6 Mar 2025, evening");
        }
    }

    @Nested
    class Periods {
        @Test
        void weeks() {
            Resolution last = first("Envoys met in Riyadh last week.");
            assertThat(last.date().start()).isEqualTo(LocalDate.of(2025, 2, 24));
            assertThat(last.date().end()).isEqualTo(LocalDate.of(2025, 3, 2));
            assertThat(first("A summit is planned for next week.").date().start()).isEqualTo(LocalDate.of(2025, 3, 10));
            assertThat(first("They meet again this week.").date().start()).isEqualTo(LocalDate.of(2025, 3, 3));
        }

        @Test
        void monthsAndYears() {
            assertThat(first("The pair spoke earlier this month.").date()).isEqualTo(EventDate.month(java.time.YearMonth.of(2025, 3)));
            assertThat(first("The treaty was signed last month.").date().iso()).isEqualTo("2025-02");
            assertThat(first("Elections are due next year.").date().iso()).isEqualTo("2026");
            assertThat(first("The alliance expanded last year.").date().precision()).isEqualTo(Precision.YEAR);
        }
    }

    @Nested
    class Explicit {
        @Test
        void dayMonthForms() {
            assertThat(first("Leaders gathered on 16 May.").date().start()).isEqualTo(LocalDate.of(2025, 5, 16));
            assertThat(first("The call took place on August 18th.").date().start()).isEqualTo(LocalDate.of(2024, 8, 18));
            assertThat(first("Signed on 18 August 2024 in Vilnius.").date().start()).isEqualTo(LocalDate.of(2024, 8, 18));
            // past clause: the August before the article, not one five months after it (the guidelines' tense rule)
            assertThat(first("Talks opened Aug. 18 in Istanbul.").date().start()).isEqualTo(LocalDate.of(2024, 8, 18));
            assertThat(first("Dated 2025-02-28 in the register.").date().start()).isEqualTo(LocalDate.of(2025, 2, 28));
            assertThat(first("Letter of 18/08/2025 to the council.").date().start()).isEqualTo(LocalDate.of(2025, 8, 18));
        }

        @Test
        void yearClosestToTheArticle() {
            assertThat(first("The ceasefire began on 28 December.").date().start()).isEqualTo(LocalDate.of(2024, 12, 28));
        }

        /** The tense of the clause picks the year of a day and month: a past event is not months after the article. */
        @Test
        void tenseDecidesTheYearOfADayAndMonth() {
            assertThat(first("The two delegations met on 30 July.").date().start()).isEqualTo(LocalDate.of(2024, 7, 30));
            assertThat(first("The ministers will meet on 20 October.").date().start())
                    .isEqualTo(LocalDate.of(2025, 10, 20));
            Resolution r = first("The summit was held on 30 April.");
            assertThat(r.date().start()).isEqualTo(LocalDate.of(2025, 4, 30)); // a reporting slip, still close by
        }

        /** A timeline in the historical present speaks of its own year: "9 February" in October is this February. */
        @Test
        void historicalPresentKeepsTheArticlesYear() {
            LocalDate october = LocalDate.of(2025, 10, 14);
            assertThat(first("9 February – the envoy arrives in Cairo.", october, null).date().start())
                    .isEqualTo(LocalDate.of(2025, 2, 9));
            LocalDate december = LocalDate.of(2025, 12, 20);
            assertThat(first("12 January – the new council sits for the first time.", december, null).date().start())
                    .isEqualTo(LocalDate.of(2026, 1, 12));
        }

        @Test
        void ranges() {
            Resolution r = first("The summit runs 24–25 June in The Hague.");
            assertThat(r.date().start()).isEqualTo(LocalDate.of(2025, 6, 24));
            assertThat(r.date().end()).isEqualTo(LocalDate.of(2025, 6, 25));
            Resolution from = first("Delegates meet from 15 to 17 June.");
            assertThat(from.date().start()).isEqualTo(LocalDate.of(2025, 6, 15));
            assertThat(from.date().end()).isEqualTo(LocalDate.of(2025, 6, 17));
        }

        /** The end in another month, or in the next year; one phrase, one range. */
        @Test
        void rangesAcrossMonthsAndYears() {
            assertRange("Negotiators sit from 30 June to 2 July in Vienna.", "from 30 June to 2 July",
                    LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 2));
            assertRange("The forum is scheduled for 30 June–2 July 2025.", "30 June–2 July 2025",
                    LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 2));
            assertRange("The envoys will meet from June 28 through July 1.", "from June 28 through July 1",
                    LocalDate.of(2025, 6, 28), LocalDate.of(2025, 7, 1));
            assertRange("Leaders stayed at the lodge between December 30 and January 2.",
                    "between December 30 and January 2", LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2));
            assertRange("The retreat ran 29 December 2025 – 3 January 2026.", "29 December 2025 – 3 January 2026",
                    LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 3));
            assertRange("A truce holds from Dec. 31 to Jan. 4, 2026, both sides said.", "from Dec. 31 to Jan. 4, 2026",
                    LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 4));
        }

        @Test
        void twoDaysJoinedByAndWithoutBetweenAreNotARange() {
            List<Timex> found = TimexTagger.tag("The envoys met on 30 June and 2 July.");
            assertThat(found).extracting(Timex::phrase).containsExactly("on 30 June", "2 July");
            assertThat(found).allMatch(t -> t.endDay() == 0);
        }

        @Test
        void timeMlKeepsTheTwoEndsOfARangeApart() {
            assertThat(TimexTagger.tagAll("Talks run from 30 June to 2 July.")).extracting(Timex::phrase)
                    .containsExactly("from 30 June", "2 July");
        }

        private void assertRange(String sentence, String phrase, LocalDate start, LocalDate end) {
            Resolution r = first(sentence);
            assertThat(r.derivation().phrase()).as(sentence).isEqualTo(phrase);
            assertThat(r.date().start()).as(sentence).isEqualTo(start);
            assertThat(r.date().end()).as(sentence).isEqualTo(end);
        }

        @Test
        void explicitDatesResolveWithoutAnAnchor() {
            assertThat(first("Signed on 18 August 2024.", null, null).date().start()).isEqualTo(LocalDate.of(2024, 8, 18));
        }
    }

    @Nested
    class MonthsOnly {
        @Test
        void pastClauseTakesTheLastSuchMonth() {
            Resolution r = first("The two leaders last met in July.");
            assertThat(r.date().iso()).isEqualTo("2024-07");
            assertThat(r.date().precision()).isEqualTo(Precision.MONTH);
        }

        @Test
        void whatIsScheduledForAMonthLiesAheadWhateverTheTense() {
            Resolution r = first("The aide said talks were scheduled for October.");
            assertThat(r.date().iso()).isEqualTo("2025-10");
            assertThat(r.derivation().phrase()).isEqualTo("scheduled for October");
            assertThat(first("A second round was planned for January.").date().iso()).isEqualTo("2026-01");
        }

        @Test
        void futureClauseTakesTheNextSuchMonth() {
            assertThat(first("The leaders will meet in July.").date().iso()).isEqualTo("2025-07");
            assertThat(first("The leaders will meet in February.").date().iso()).isEqualTo("2026-02");
        }

        @Test
        void monthWithYear() {
            assertThat(first("It was agreed in September 2023.").date().iso()).isEqualTo("2023-09");
        }

        @Test
        void bareMayIsNotAMonth() {
            assertThat(TimexTagger.tag("The ministers may meet again soon.")).isEmpty();
        }
    }

    @Nested
    class TimesOfDay {
        @Test
        void clockTimes() {
            assertThat(TimexTagger.tag("The call starts at midday.").get(0).time()).isEqualTo(LocalTime.NOON);
            assertThat(TimexTagger.tag("Talks begin at 10am local time.").get(0).time()).isEqualTo(LocalTime.of(10, 0));
            assertThat(TimexTagger.tag("Talks begin at 10am local time.").get(0).phrase()).isEqualTo("at 10am local time");
            assertThat(TimexTagger.tag("Doors close at 18:30 GMT.").get(0).time()).isEqualTo(LocalTime.of(18, 30));
            assertThat(TimexTagger.tag("They spoke at 4.15pm.").get(0).time()).isEqualTo(LocalTime.of(16, 15));
        }

        @Test
        void dayAndTimeCombine() {
            List<Timex> t = TimexTagger.tag("The leaders will speak on Monday at 3pm.");
            Resolution day = DateResolver.resolve(t.get(0), THU_6_MAR, Tense.FUTURE, null);
            Resolution time = DateResolver.resolve(t.get(1), THU_6_MAR, Tense.FUTURE, null);
            Resolution both = DateResolver.withTime(day, time, null);
            assertThat(both.date().start()).isEqualTo(LocalDate.of(2025, 3, 10));
            assertThat(both.date().time()).isEqualTo(LocalTime.of(15, 0));
            assertThat(both.date().precision()).isEqualTo(Precision.MINUTE);
        }
    }

    @Nested
    class RelativeToThePreviousEvent {
        @Test
        void laterIsTheSameDay() {
            EventDate call = EventDate.day(LocalDate.of(2025, 3, 7));
            Resolution r = first("Later, the ministers will hold a press conference.", THU_6_MAR, call);
            assertThat(r.date().start()).isEqualTo(LocalDate.of(2025, 3, 7));
            assertThat(r.derivation().rule()).isEqualTo("same day as the event just mentioned");
        }

        /**
         * "The king will receive her on Saturday. The mayor met her at the station and they later toured the
         * harbour": a past clause has happened, so "later" after an event still ahead of the article is later on the
         * article's day; a step of days from that event cannot be placed.
         */
        @Test
        void aPastClauseIsNotCountedFromAnEventStillAhead() {
            EventDate audience = EventDate.day(LocalDate.of(2025, 3, 8));
            Resolution r = first("The mayor met her at the station and they later toured the harbour.", THU_6_MAR,
                    audience);
            assertThat(r.date().start()).isEqualTo(THU_6_MAR);
            assertThat(first("Two days later the mayor had toured the harbour with her.", THU_6_MAR, audience)
                    .date().known()).isFalse();
            // a future clause still counts from it
            assertThat(first("Later, the ministers will hold a press conference.", THU_6_MAR, audience).date().start())
                    .isEqualTo(LocalDate.of(2025, 3, 8));
        }

        @Test
        void theNextDay() {
            // told in the past, from a call before the article; told ahead, from a call still to come ("the next
            // day" is a step from the event told, not a look ahead of its own)
            EventDate call = EventDate.day(LocalDate.of(2025, 3, 4));
            assertThat(first("The next day, they flew on to Kyiv.", THU_6_MAR, call).date().start())
                    .isEqualTo(LocalDate.of(2025, 3, 5));
            EventDate planned = EventDate.day(LocalDate.of(2025, 3, 7));
            assertThat(first("The next day, they will fly on to Kyiv.", THU_6_MAR, planned).date().start())
                    .isEqualTo(LocalDate.of(2025, 3, 8));
        }

        /** Narrative steps count from the event just told: days and weeks, and parts of its day. */
        @Test
        void stepsFromTheEventJustTold() {
            EventDate talks = EventDate.day(LocalDate.of(2025, 2, 10));
            Resolution later = first("Three days later the envoys flew to Doha.", THU_6_MAR, talks);
            assertThat(later.date().start()).isEqualTo(LocalDate.of(2025, 2, 13));
            assertThat(later.derivation().rule()).isEqualTo("3 days after the event just mentioned");
            assertThat(first("A week earlier the two had spoken.", THU_6_MAR, talks).date().start())
                    .isEqualTo(LocalDate.of(2025, 2, 3));
            Resolution evening = first("That evening the hosts gave a dinner.", THU_6_MAR, talks);
            assertThat(evening.date().start()).isEqualTo(LocalDate.of(2025, 2, 10));
            assertThat(evening.derivation().result()).isEqualTo("Mon 10 Feb 2025, evening");
            assertThat(first("The next morning they drove to the border.", THU_6_MAR, talks).date().start())
                    .isEqualTo(LocalDate.of(2025, 2, 11));
            assertThat(first("They met again the same afternoon.", THU_6_MAR, talks).date().start())
                    .isEqualTo(LocalDate.of(2025, 2, 10));
        }

        /** TimeML annotates "three days" in "three days later" as a duration: the steps are the app's alone. */
        @Test
        void stepsAreNotTimeMlExpressions() {
            assertThat(TimexTagger.tagAll("Three days later the envoys flew to Doha.")).noneMatch(t ->
                    t.kind() == Timex.Kind.AFTER_PREVIOUS && t.offset() == 3);
        }

        @Test
        void withNoPreviousDateItStaysUnresolved() {
            Resolution r = first("Later, the ministers met.", THU_6_MAR, null);
            assertThat(r.resolved()).isFalse();
            assertThat(r.derivation().phrase()).isEqualTo("Later");
        }
    }

    @Nested
    class WithoutAnAnchor {
        @Test
        void relativeExpressionsKeepTheirPhrase() {
            Resolution r = first("The leaders will meet on Friday.", null, null);
            assertThat(r.date()).isEqualTo(EventDate.UNKNOWN);
            assertThat(r.derivation().phrase()).isEqualTo("on Friday");
            assertThat(r.derivation().result()).isEqualTo("unresolved");
            assertThat(first("They spoke yesterday.", null, null).resolved()).isFalse();
            assertThat(first("Talks resumed on 3 June.", null, null).resolved()).isFalse();
        }
    }

    @Nested
    class Tenses {
        @Test
        void futureMarkersWinOverReportingVerbs() {
            assertThat(TenseDetector.of("He said he will travel to Ankara")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("This comes ahead of the expected meeting")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("The two leaders are set to meet")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("The minister visited the front")).isEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("The United Nations says")).isEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("Residents carry belongings")).isEqualTo(Tense.PRESENT);
        }

        /** A journey told with "would" ahead of it is the future seen from the telling, as "would travel" (session 18). */
        @Test
        void aJourneyToldWithWouldLiesAhead() {
            assertThat(TenseDetector.of("Mr Odinga said he would fly to Kampala on Saturday")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("She said she would head to Arusha on Monday")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("He told reporters the talks would run until Friday")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("The envoy said the round would end on Sunday")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("He asked how Kenya could return to talks it had left"))
                    .as("a figure of speech stays as it was").isNotEqualTo(Tense.FUTURE);
        }

        /** What is agreed is not thereby past: "have agreed to", "agreed on Tuesday to" (the agreement is). */
        @Test
        void anAgreementDoesNotMakeWhatItAgreesPast() {
            assertThat(TenseDetector.of("The two sides have agreed to hold a summit in Vilnius in June"))
                    .isNotEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("They agreed on Tuesday to meet in Vilnius in June")).isNotEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("They have met in Vilnius")).isEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("They agreed on a text and met again")).isEqualTo(Tense.PAST);
        }

        /** A possibility lies ahead of the telling; "would attend" may report a summit already held. */
        @Test
        void possibilitiesLookAhead() {
            assertThat(TenseDetector.of("The premier may attend the summit in Lima in November")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("She might go to the forum late in November")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("The chancellor could join the talks")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("He said on Monday that she would attend the summit")).isEqualTo(Tense.PAST);
        }

        /** "scheduled", "planned", "expected" look ahead as verbs, not as adjectives of something past. */
        @Test
        void participlesLookAheadOnlyAsVerbs() {
            assertThat(TenseDetector.of("The envoys talked well beyond their scheduled time")).isEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("The planned talks were held in Oslo")).isEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("A vote is scheduled for Friday")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("Ministers expected to meet in Rome")).isEqualTo(Tense.FUTURE);
            assertThat(TenseDetector.of("The talks planned for June")).isEqualTo(Tense.FUTURE);
        }

        /** Irregular simple pasts have no "-ed" ending and still tell a past clause. */
        @Test
        void irregularPastsArePast() {
            assertThat(TenseDetector.of("On Friday night she rang both presidents")).isEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("Navy drones struck a depot on Sunday")).isEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("The envoy also saw the king that day")).isEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("Rebels hit the airport on Sunday")).isNotEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("She phoned him ahead of the vote")).isEqualTo(Tense.PAST);
            assertThat(TenseDetector.of("The envoys meet ahead of the vote")).isEqualTo(Tense.FUTURE);
        }

        /** "looked forward to meeting": the meeting is not past because the looking is. */
        @Test
        void lookingForwardIsNotPast() {
            assertThat(TenseDetector.of("They looked forward to meeting in person")).isNotEqualTo(Tense.PAST);
        }
    }

    /** The expressions only TimeML counts, resolved through the same resolver (tagged by {@code tagAll}). */
    @Nested
    class TimeMlExpressions {
        Resolution all(String sentence) {
            List<Timex> found = TimexTagger.tagAll(sentence);
            assertThat(found).as("expressions in: " + sentence).isNotEmpty();
            return DateResolver.resolve(found.get(0), THU_6_MAR, TenseDetector.of(sentence), null);
        }

        @Test
        void agoCountsBackInItsUnit() {
            assertThat(all("The mission opened three years ago.").date()).isEqualTo(EventDate.year(2022));
            assertThat(all("The talks collapsed two days ago.").date()).isEqualTo(EventDate.day(LocalDate.of(2025, 3, 4)));
            assertThat(all("The envoy left two weeks ago.").date().start()).isEqualTo(LocalDate.of(2025, 2, 17));
        }

        @Test
        void seasonsAreThreeMonthsOfTheRightYear() {
            EventDate last = all("The deal was struck last summer.").date();
            assertThat(last.start()).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(last.end()).isEqualTo(LocalDate.of(2024, 8, 31));
            assertThat(all("A vote is planned for spring 2026.").date().start()).isEqualTo(LocalDate.of(2026, 3, 1));
        }

        @Test
        void quartersByNumberOrRelativeToTheArticle() {
            assertThat(all("Exports fell in the third quarter of 2024.").date().start())
                    .isEqualTo(LocalDate.of(2024, 7, 1));
            assertThat(all("Exports rose in the first quarter.").date().end()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(all("Exports fell in the last quarter.").date().start()).isEqualTo(LocalDate.of(2024, 10, 1));
        }

        @Test
        void theWeekendInAPastClauseIsTheOneJustGone() {
            assertThat(all("The ministers spoke over the weekend.").date().start()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(all("The ministers will speak over the weekend.").date().start())
                    .isEqualTo(LocalDate.of(2025, 3, 8));
        }

        @Test
        void decadesAndCenturiesSpanTheirYears() {
            EventDate nineties = all("The alliance grew in the 1990s.").date();
            assertThat(nineties.start()).isEqualTo(LocalDate.of(1990, 1, 1));
            assertThat(nineties.end()).isEqualTo(LocalDate.of(1999, 12, 31));
            assertThat(all("Borders drawn in the 19th century.").date().start()).isEqualTo(LocalDate.of(1800, 1, 1));
        }

        @Test
        void durationsSetsAndReferencesAreNotDates() {
            assertThat(all("The truce held for three years.").resolved()).isFalse();
            assertThat(all("They meet every week.").resolved()).isFalse();
            assertThat(all("The border is now closed.").resolved()).isFalse();
        }
    }
}
