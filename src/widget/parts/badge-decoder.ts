// The badge decoder: a QR reader with the BarcodeDetector interface (the `qr` package, zero dependencies),
// for browsers without a native BarcodeDetector. Loaded only when staff press "Scan badge" on such a
// browser; never by a landing page, and not with the kiosk either.
export { BarcodeDetector } from "qr/decode.js";
