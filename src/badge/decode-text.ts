/**
 * Bytes as text in the named charset (`UTF-8` when none is named or the browser does not know it).
 * Never throws: undecodable bytes become U+FFFD.
 *
 * @example decodeBytes(new Uint8Array([0x4d, 0xfc]), "ISO-8859-1") // "Mü"
 */
export function decodeBytes(bytes: Uint8Array, charset = "utf-8"): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * Quoted-printable (vCard 2.1 `ENCODING=QUOTED-PRINTABLE`) to bytes: `=C3=BC` is one byte each, a
 * `=` at a line end is a soft break, anything else is taken as it stands.
 *
 * @example decodeBytes(quotedPrintableBytes("M=C3=BCller")) // "Müller"
 */
export function quotedPrintableBytes(text: string): Uint8Array {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    const hex = char === "=" ? source.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      for (const byte of new TextEncoder().encode(char)) bytes.push(byte);
    }
  }
  return new Uint8Array(bytes);
}

/**
 * Base64 (vCard `ENCODING=b`) to bytes; `null` when it is not base64.
 *
 * @example decodeBytes(base64Bytes("TcO8bGxlcg==")!) // "Müller"
 */
export function base64Bytes(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/\s+/g, ""));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Undoes the commonest charset accident of QR codes: UTF-8 bytes read as Latin-1 ("MÃ¼ller" for
 * "Müller"), which some scanners and badge printers produce. Only text that is entirely made of
 * single-byte characters and is valid UTF-8 as bytes is re-read; real Latin-1 text ("Müller" with a
 * lone ü) is not valid UTF-8 and stays as it is, and so does anything already beyond U+00FF.
 *
 * @example repairUtf8("MÃ¼ller") // "Müller"
 */
export function repairUtf8(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}
