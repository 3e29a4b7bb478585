package dev.aiproof.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
            "Senior Nurse, 2019 - 2020 Manager; 2019-01; 2020-12"})
    void readsTheCommonForms(String line, String start, String end) {
        DateRanges.Range r = DateRanges.find(line).orElseThrow();
        assertThat(r.start()).isEqualTo(YearMonth.parse(start));
        assertThat(r.end()).isEqualTo(end == null ? null : YearMonth.parse(end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"(718) 555-0100", "Invoice 2026-0117", "2022 - 2019", "Page 1 of 5", "20XX – 20XX"})
    void ignoresWhatIsNotARange(String line) {
        assertThat(DateRanges.find(line)).isEmpty();
    }

    @Test
    void takesTheTitleFromTheLineAboveOrBeforeTheDates() {
        List<DatedPosition> positions = DateRanges.positions(List.of(
                "Senior Staff Nurse", "Northgate General Hospital", "Jan 2019 – Present",
                "Head of Engineering at Tech in Asia", "September 2014 - Present",
                "2018 – 2021 Data Scientist, Uber, San Francisco",
                "Software Engineer May 2023 - Present",
                "Lead Product Designer", "Kestrel Pay GmbH | 03/2021 - Present"));
        assertThat(positions).extracting(DatedPosition::title, DatedPosition::organisation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Senior Staff Nurse", "Northgate General Hospital"),
                org.assertj.core.groups.Tuple.tuple("Head of Engineering", "Tech in Asia"),
                org.assertj.core.groups.Tuple.tuple("Data Scientist", "Uber"),
                org.assertj.core.groups.Tuple.tuple("Software Engineer", null),
                org.assertj.core.groups.Tuple.tuple("Lead Product Designer", "Kestrel Pay GmbH"));
    }
}
