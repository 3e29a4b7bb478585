package dev.aiproof.modules.wrong.shop;

/** A module's API type (its top-level package). */
public class Shop {
}
