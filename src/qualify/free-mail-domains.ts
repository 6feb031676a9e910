/**
 * Consumer ("free") mailbox providers. A B2B form can use these to flag or refuse private
 * addresses. Maintained by hand: add a provider when a customer reports one, keep it sorted by region.
 *
 * Exact domains match themselves and their subdomains; brands match any country TLD
 * (`yahoo` matches yahoo.com, yahoo.co.uk, yahoo.com.br), because these providers run a
 * domain per country and listing them all would always be incomplete.
 */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  // Global
  "gmail.com", "googlemail.com", "ymail.com", "rocketmail.com", "msn.com", "aol.com", "aim.com",
  "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "protonmail.ch", "pm.me",
  "tutanota.com", "tutanota.de", "tuta.io", "zoho.com", "zohomail.com", "mail.com", "email.com",
  "gmx.com", "gmx.net", "fastmail.com", "fastmail.fm", "hushmail.com", "inbox.com", "hey.com",
  "mailbox.org", "posteo.de", "posteo.net",
  // Germany, Austria, Switzerland
  "web.de", "t-online.de", "freenet.de", "arcor.de", "online.de", "bluewin.ch",
  // France, Belgium
  "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "neuf.fr", "skynet.be",
  // Italy, Spain, Portugal, Netherlands
  "libero.it", "virgilio.it", "alice.it", "tiscali.it", "telefonica.net", "sapo.pt", "ziggo.nl",
  "kpnmail.nl",
  // UK, Ireland
  "btinternet.com", "sky.com", "virginmedia.com", "talktalk.net", "ntlworld.com", "eircom.net",
  // North America
  "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net", "shaw.ca",
  "rogers.com", "sympatico.ca",
  // Eastern Europe, Russia
  "mail.ru", "inbox.ru", "list.ru", "bk.ru", "rambler.ru", "ya.ru", "seznam.cz", "wp.pl", "o2.pl",
  "onet.pl", "interia.pl", "abv.bg",
  // Asia, Latin America
  "qq.com", "163.com", "126.com", "yeah.net", "sina.com", "sohu.com", "naver.com", "daum.net",
  "hanmail.net", "rediffmail.com", "uol.com.br", "bol.com.br", "terra.com.br",
];

/** Providers with one domain per country: the label before the country TLD. */
export const FREE_MAIL_BRANDS: readonly string[] = [
  "yahoo", "hotmail", "outlook", "live", "windowslive", "gmx", "yandex", "aol",
];
