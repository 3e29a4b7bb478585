package dev.aiproof.profiling.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskKeywordTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            plan menu        | Planned the autumn menus with the sous chef
            menu planning    | Menu planning for 70 covers
            train staff      | Trained new kitchen staff on allergens
            trained new hires| Train new hires in the first week
            stock control    | Stock control and ordering
            order stock      | Ordering stock from four suppliers
            hire staff       | Hiring of seasonal staff
            run payroll      | Running monthly payroll for 40 people
            menyplanlegging  | Ansvar for menyplanlegging og innkjøp
            planla meny      | Planla menyer for kantinen
            """)
    void aKeywordFindsTheWaysACvWritesIt(String keyword, String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        assertThat(TaskKeyword.of(keyword).in(lower)).as(keyword + " in " + line).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            plan menu        | Planned the move. Menus were printed by others
            train staff      | Trained with three other senior kitchen staff
            stock control    | Stocktake control
            order stock      | Order of the day: stockpot
            payroll          | Payrollservice i Visma
            plan menu        | Menu planning for 70 covers (word order is kept)
            """)
    void itDoesNotReachAcrossSentencesOrIntoOtherWords(String keyword, String line) {
        assertThat(TaskKeyword.of(keyword).in(line.toLowerCase(java.util.Locale.ROOT)))
                .as(keyword + " in " + line).isFalse();
    }
}
