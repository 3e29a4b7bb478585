package dev.aiproof.modules.wrong.shop.internal;

/** Public in Java, but internal to the shop module: no other module may use it. */
public class Ledger {
}
