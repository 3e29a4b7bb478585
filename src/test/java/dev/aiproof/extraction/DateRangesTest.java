package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "Jan 2019 – Present; 2019-01; null",
            "2019–2022; 2019-01; 2022-12",
            "03/2018 - 05/2020; 2018-03; 2020-05",
            "October 2022 - January 2023 (4 months); 2022-10; 2023-01",
            "mars 2020 – nå; 2020-03; null",
            "januar 2019 - desember 2021; 2019-01; 2021-12",
            "03.2021 – nå; 2021-03; null",
            "Okt. 2014 – heute; 2014-10; null",
            "2002März – 2008März; 2002-03; 2008-03",
            "2015 年 3 月 – 2015 年 5 月; 2015-03; 2015-05",
            "2013 – 至今; 2013-01; null",
            "Sept 2002 to June 2006; 2002-09; 2006-06",
            "2019-03 - 2020-11; 2019-03; 2020-11",
            "Senior Nurse, 2019 - 2020 Manager; 2019-01; 2020-12",
            "2015 – i dag; 2015-01; null",
            "jan. 2019 – i dag; 2019-01; null",
            "aug. 2018 – des. 2018; 2018-08; 2018-12",
            "05.2019 – d.d.; 2019-05; null",
            "05/2019 – 11/2023; 2019-05; 2023-11",
            "september 2017 – nå; 2017-09; null",
            "januar 2016 til desember 2020; 2016-01; 2020-12",
            "2012 – dd; 2012-01; null",
            "März 2016 – heute; 2016-03; null",
            "janvier 2018 – aujourd'hui; 2018-01; null",
            "septembre 2015 – juin 2017; 2015-09; 2017-06",
            "Dezember 2010 – Februar 2012; 2010-12; 2012-02",
            "Nurse since 2021; 2021-01; null",
            "Sykepleier siden mars 2020; 2020-03; null",
            "Rørlegger, Bygg AS, 2019 –; 2019-01; null",
            "2019-; 2019-01; null",
            "Since March 2022 I have worked at Roosevelt Lounge; 2022-03; null",
            "From May 2021 to February 2022 I was a barback; 2021-05; 2022-02",
            "March 2019 – Present; 2019-03; null",
            "03/2019 – now; 2019-03; null",
            "2019-03 to date; 2019-03; null",
            "2023– Tannhelsesekretær, Tannlegene i Torggata, Hamar; 2023-01; null"})
    void readsTheCommonForms(String line, String start, String end) {
        DateRanges.Range r = DateRanges.find(line).orElseThrow();
        assertThat(r.start()).isEqualTo(YearMonth.parse(start));
        assertThat(r.end()).isEqualTo(end == null ? null : YearMonth.parse(end));
    }

    /** No range ends before it starts, and an open end means the day of the assessment, whatever the words. */
    @net.jqwik.api.Property(tries = 2000)
    void noRangeEndsBeforeItStarts(@net.jqwik.api.ForAll("lines") String line) {
        for (DateRanges.Range r : DateRanges.findAll(line)) {
            assertThat(r.end() == null || !r.end().isBefore(r.start())).as(line).isTrue();
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> lines() {
        net.jqwik.api.Arbitrary<String> month = net.jqwik.api.Arbitraries.of("jan", "jan.", "januar", "March", "des.",
                "05.", "05/", "12/", "Okt.", "juin", "");
        net.jqwik.api.Arbitrary<Integer> year = net.jqwik.api.Arbitraries.integers().between(1985, 2030);
        net.jqwik.api.Arbitrary<String> end = net.jqwik.api.Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(month, year)
                        .as((m, y) -> m + (m.endsWith("/") || m.endsWith(".") && m.length() == 3 ? "" : " ") + y),
                net.jqwik.api.Arbitraries.of("i dag", "nå", "Present", "now", "d.d.", "heute", ""));
        return net.jqwik.api.Combinators
                .combine(month, year, net.jqwik.api.Arbitraries.of(" – ", "-", " to ", " til "), end)
                .as((m, y, sep, e) -> "Role, Employer " + m
                        + (m.endsWith("/") || m.endsWith(".") && m.length() == 3 ? "" : " ") + y + sep + e);
    }

    @Test
    void presentAndIDagAreOpenEnds() {
        assertThat(DateRanges.find("2015 – i dag").orElseThrow().end()).isNull();
        assertThat(DateRanges.find("Jan 2019 – Present").orElseThrow().end()).isNull();
        assertThat(Dates.find("mars 2020 – nå").orElseThrow().end()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"(718) 555-0100", "Invoice 2026-0117", "2022 - 2019", "Page 1 of 5",
            "20XX – 20XX"})
    void ignoresWhatIsNotARange(String line) {
        // "2023 – tannhelse" is not here: a lower-case word after the dash may be a sentence's, so it stays unread
        assertThat(DateRanges.find(line)).isEmpty();
    }

    @Test
    void aDatedDutyUnderAJobIsPartOfThatJob() {
        List<DatedPosition> positions = DateRanges.positions(List.of(
                "Sykepleier, Medisinsk klinikk, sengepost for hjerte- og lungesykdommer – Sykehuset Østvik, Kalnes",
                "08/2022 – nå (fast 100 %, tredelt turnus)",
                "- Ansvar for 5–7 pasienter per vakt",
                "- Praksisveileder for 2.-årsstudenter fra høgskolen (2024 – nå)",
                "Chef / Sous Chef", "Various restaurants – Brisbane", "2005 – 2018",
                "• Sous Chef, The Grain Store Bistro, Toowoomba (2012 – 2018)",
                "Butikkmedarbeider (deltid) – Rema 1000 Torp", "2014 – 2019"));
        assertThat(positions).extracting(DatedPosition::start).containsExactly(YearMonth.of(2022, 8),
                YearMonth.of(2005, 1), YearMonth.of(2014, 1));
        assertThat(positions.getFirst().title()).startsWith("Sykepleier, Medisinsk klinikk");
    }

    @Test
    void takesTheTitleFromTheLineAboveOrBeforeTheDates() {
        List<DatedPosition> positions = DateRanges.positions(List.of(
                "Senior Staff Nurse", "Northgate General Hospital", "Jan 2019 – Present",
                "Head of Engineering at Tech in Asia", "September 2014 - Present",
                "2018 – 2021 Data Scientist, Uber, San Francisco",
                "Software Engineer May 2023 - Present",
                "Lead Product Designer", "Kestrel Pay GmbH | 03/2021 - Present",
                "CAREER", "2021 – present", "Chartered Financial Planner, Nidd Valley Wealth LLP, Harrogate",
                "EXPERIENCE", "2019 – present   Optometrist, Triangle Family Eye Care, Raleigh, NC"));
        assertThat(positions).extracting(DatedPosition::title, DatedPosition::organisation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Senior Staff Nurse", "Northgate General Hospital"),
                org.assertj.core.groups.Tuple.tuple("Head of Engineering", "Tech in Asia"),
                org.assertj.core.groups.Tuple.tuple("Data Scientist", "Uber"),
                org.assertj.core.groups.Tuple.tuple("Software Engineer", null),
                org.assertj.core.groups.Tuple.tuple("Lead Product Designer", "Kestrel Pay GmbH"),
                org.assertj.core.groups.Tuple.tuple("Chartered Financial Planner", "Nidd Valley Wealth LLP"),
                org.assertj.core.groups.Tuple.tuple("Optometrist", "Triangle Family Eye Care"));
    }
}
