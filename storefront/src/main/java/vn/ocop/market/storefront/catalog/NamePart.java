package vn.ocop.market.storefront.catalog;

/**
 * A piece of a product's name, marked when it matched the shopper's search.
 */
public record NamePart(String text, boolean match) {

}
