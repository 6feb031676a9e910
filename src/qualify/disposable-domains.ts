/**
 * Throwaway-inbox services: an address here will not be read a day later, so a lead with one is
 * worth little. Maintained by hand from the services that show up in real form spam; exact
 * domains match their subdomains too (mailinator serves any `*.mailinator.com`).
 */
export const DISPOSABLE_DOMAINS: readonly string[] = [
  "mailinator.com", "mailinator.net", "10minutemail.com", "10minutemail.net", "20minutemail.com",
  "temp-mail.org", "temp-mail.io", "tempmail.com", "tempmail.net", "tempmailo.com", "tempr.email",
  "yopmail.com", "yopmail.fr", "yopmail.net", "throwawaymail.com", "getnada.com", "nada.email",
  "dispostable.com", "maildrop.cc", "mailnesia.com", "mintemail.com", "mohmal.com",
  "sharklasers.com", "grr.la", "spam4.me", "fakeinbox.com", "emailondeck.com", "mailcatch.com",
  "mytemp.email", "burnermail.io", "33mail.com", "discard.email", "spambox.us", "mailpoof.com",
  "moakt.com", "tmail.ws", "tmpmail.org", "tmpmail.net", "inboxkitten.com", "harakirimail.com",
  "incognitomail.org", "jetable.org", "mail-temp.com", "emailfake.com", "fakemail.net",
];

/** Services that run the same throwaway inbox under many TLDs (guerrillamail.com/.net/.org/.de, ...). */
export const DISPOSABLE_BRANDS: readonly string[] = [
  "guerrillamail", "guerrillamailblock", "trashmail", "trash-mail", "mailinator", "yopmail",
  "spamgourmet", "mailtemp", "tempinbox",
];
