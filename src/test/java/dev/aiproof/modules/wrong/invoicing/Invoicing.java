package dev.aiproof.modules.wrong.invoicing;

import dev.aiproof.modules.wrong.shop.internal.Ledger;

/** Allowed to use the shop module, but only its API: the internal {@code Ledger} is the wrong import here. */
public class Invoicing {

    Ledger ledger = new Ledger();
}
