package vn.ocop.market.storefront.search;

/**
 * How many products a filter value would leave, given the other filters.
 *
 * @param key the value as URLs carry it: 5, {@code dong-thap}, {@code food}
 */
public record FacetCount(String key, long count) {

}
