package nl.werkmatch.model;

/**
 * The vacancy owner (vacature-eigenaar) or employer contact.
 *
 * @param name name
 * @param email e-mail address
 * @param phone phone number
 */
public record ContactPerson(String name, String email, String phone) {}
