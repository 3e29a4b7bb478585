package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mechanical Draftsperson    | mechanical draughtsman
            Sr. Claims Adjusters       | senior claims adjuster
            Manager, Sales             | sales manager
            General Labourer           | general laborer
            Programme Manager          | program manager
            Paediatric Nurse           | pediatric nurse
            Sykepleiersker             | sykepleier
            Chairwoman                 | chairman
            """)
    void spellingsNumbersAndGendersMeet(String cv, String index) {
        assertThat(TitleWords.normal(cv)).isEqualTo(TitleWords.normal(index));
    }
}
