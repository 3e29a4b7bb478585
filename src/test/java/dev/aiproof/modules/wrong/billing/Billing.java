package dev.aiproof.modules.wrong.billing;

import dev.aiproof.modules.wrong.shop.internal.Ledger;

/** The deliberate wrong import {@code ModulesTest} must find: another module's internal type, undeclared. */
public class Billing {

    Ledger ledger = new Ledger();
}
