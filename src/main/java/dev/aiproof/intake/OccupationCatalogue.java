package dev.aiproof.intake;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.aiproof.scoring.Scorer;
import dev.aiproof.taxonomy.Taxonomy;

/** Every occupation with the score of a typical mid-level worker in it; computed once, the taxonomy is fixed. */
@Component
class OccupationCatalogue {

    private final List<Entry> entries;

    OccupationCatalogue(Taxonomy taxonomy, Scorer scorer) {
        this.entries = taxonomy.occupations().stream()
                .map(o -> new Entry(o.soc(), o.title(), scorer.baseScore(o)))
                .toList();
    }

    List<Entry> entries() {
        return entries;
    }

    record Entry(String soc, String title, int baseScore) {
    }
}
