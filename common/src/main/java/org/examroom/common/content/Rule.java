package org.examroom.common.content;

import java.util.List;

/** One statement of QTI response processing. */
public sealed interface Rule {

    /** {@code setOutcomeValue}: the outcome takes the expression's value. */
    record SetOutcome(String identifier, Expression value) implements Rule {
    }

    /** {@code responseCondition}: the first branch whose test is true runs, else {@code otherwise}. */
    record Condition(List<Branch> branches, List<Rule> otherwise) implements Rule {
        public Condition {
            branches = List.copyOf(branches);
            otherwise = List.copyOf(otherwise);
        }
    }

    /** {@code exitResponse}: processing stops here. */
    record Exit() implements Rule {
    }

    /** A test and the rules it guards. */
    record Branch(Expression test, List<Rule> rules) {
        public Branch {
            rules = List.copyOf(rules);
        }
    }
}
