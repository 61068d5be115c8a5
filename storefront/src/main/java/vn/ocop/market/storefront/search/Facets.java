package vn.ocop.market.storefront.search;

import java.util.List;

/**
 * Counts per star, province and group; each honours every filter but its own.
 */
public record Facets(List<FacetCount> stars, List<FacetCount> province, List<FacetCount> group) {

}
