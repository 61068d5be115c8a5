package vn.ocop.market.admin.account;

/**
 * What a producer account may touch: the products of its own producer and all that hangs
 * off them. Resolved once at login and handed to the scoped repositories, which take it
 * as a parameter, so no query can forget whose data it reads.
 *
 * @param actor the account's e-mail, recorded as who did what
 */
public record ProducerScope(long producerId, String actor) {

}
